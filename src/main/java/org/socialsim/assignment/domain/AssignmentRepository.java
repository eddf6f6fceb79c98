package org.socialsim.assignment.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    @Query("""
            select a from Assignment a
            join fetch a.cohort join fetch a.scenarioVersion join fetch a.rubricVersion
            where a.cohort.id = :cohortId
            order by a.dueAt, a.title""")
    List<Assignment> findByCohort(long cohortId);

    @Query("""
            select a from Assignment a
            join fetch a.cohort c join fetch a.scenarioVersion join fetch a.rubricVersion
            join c.members m
            where m.id = :studentId
            order by a.dueAt, a.title""")
    List<Assignment> findForStudent(long studentId);
}
