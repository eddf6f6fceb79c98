package org.socialsim.account;

import java.io.Serializable;

/** The person behind the current request, as every ownership check sees them. */
public record SignedInUser(long id, String username, String displayName, Role role) implements Serializable {

    public boolean is(Role expected) {
        return role == expected;
    }
}
