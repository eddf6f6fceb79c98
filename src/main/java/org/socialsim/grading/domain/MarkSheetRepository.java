package org.socialsim.grading.domain;

import java.util.List;
import java.util.Optional;
import org.socialsim.grading.MarkerRole;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MarkSheetRepository extends JpaRepository<MarkSheet, Long> {

    @Query("""
            select s from MarkSheet s join fetch s.marker join fetch s.attempt t join fetch t.assignment a
            join fetch a.cohort c join fetch c.owner join fetch t.student
            where s.id = :sheetId""")
    Optional<MarkSheet> findWithAttempt(long sheetId);

    @Query("select s from MarkSheet s join fetch s.marker where s.attempt.id = :attemptId and s.role = :role")
    Optional<MarkSheet> findByAttemptAndRole(long attemptId, MarkerRole role);

    @Query("select s from MarkSheet s join fetch s.marker where s.attempt.id = :attemptId")
    List<MarkSheet> findByAttempt(long attemptId);

    @Query("select s from MarkSheet s join fetch s.marker where s.attempt.assignment.id = :assignmentId")
    List<MarkSheet> findByAssignment(long assignmentId);

    @Query("""
            select s from MarkSheet s join fetch s.attempt t join fetch t.student join fetch t.assignment
            where s.marker.id = :markerId and s.role = :role""")
    List<MarkSheet> findByMarkerAndRole(long markerId, MarkerRole role);

    @Query("select count(s) > 0 from MarkSheet s where s.attempt.id = :attemptId and s.marker.id = :markerId")
    boolean isMarker(long attemptId, long markerId);
}
