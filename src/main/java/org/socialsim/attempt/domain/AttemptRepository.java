package org.socialsim.attempt.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AttemptRepository extends JpaRepository<Attempt, Long> {

    @Query("""
            select t from Attempt t
            join fetch t.assignment a join fetch a.cohort join fetch a.scenarioVersion join fetch a.rubricVersion
            join fetch t.student
            where t.id = :attemptId""")
    Optional<Attempt> findWithAssignment(long attemptId);

    @Query("select t from Attempt t where t.assignment.id = :assignmentId and t.student.id = :studentId")
    Optional<Attempt> findByAssignmentAndStudent(long assignmentId, long studentId);

    @Query("select t from Attempt t join fetch t.assignment where t.student.id = :studentId")
    List<Attempt> findByStudent(long studentId);

    @Query("select t from Attempt t join fetch t.student where t.assignment.id = :assignmentId")
    List<Attempt> findByAssignment(long assignmentId);

    /** How many attempts at an assignment have been submitted (or released), without reading their work. */
    @Query("""
            select count(t) from Attempt t
            where t.assignment.id = :assignmentId and t.status <> org.socialsim.attempt.AttemptStatus.IN_PROGRESS""")
    long countSubmitted(long assignmentId);

    /**
     * Remembers the step a student last opened without touching the optimistic-lock version: opening a page in one
     * tab must not make another tab's next autosave look stale.
     */
    @Modifying
    @Query("update Attempt t set t.lastStep = :step where t.id = :attemptId")
    void recordLastStep(long attemptId, String step);
}
