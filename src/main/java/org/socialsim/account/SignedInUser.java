package org.socialsim.account;

/** The person behind the current request, as every ownership check sees them. */
public record SignedInUser(long id, String username, String displayName, Role role) {

    public boolean is(Role expected) {
        return role == expected;
    }
}
