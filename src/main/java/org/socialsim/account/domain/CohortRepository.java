package org.socialsim.account.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CohortRepository extends JpaRepository<Cohort, Long> {

    boolean existsByNameIgnoreCase(String name);

    /** Which of these students belong to which cohorts, in one query however many students a roster names. */
    @Query("select new org.socialsim.account.domain.Membership(m.id, c.name) from Cohort c join c.members m"
            + " where m.id in :studentIds")
    List<Membership> membershipsOf(Collection<Long> studentIds);

    @Query("select c from Cohort c join fetch c.owner order by c.name")
    List<Cohort> findAllWithOwner();

    @Query("select c from Cohort c join fetch c.owner where c.owner.id = :ownerId order by c.name")
    List<Cohort> findByOwner(long ownerId);

    @Query("select c from Cohort c join fetch c.owner join c.members m where m.id = :studentId order by c.name")
    List<Cohort> findByMember(long studentId);
}
