package org.socialsim.account;

import java.util.List;

/**
 * A cohort as its owner, its members or an administrator sees it.
 *
 * @param members the students, by display name; empty for a viewer who is only a member, who sees no classmates
 */
public record CohortSummary(
        long id, String name, long ownerId, String ownerName, int memberCount, List<UserSummary> members) {

    public CohortSummary {
        members = List.copyOf(members);
    }
}
