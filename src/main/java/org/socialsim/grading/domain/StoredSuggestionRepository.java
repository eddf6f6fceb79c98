package org.socialsim.grading.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StoredSuggestionRepository extends JpaRepository<StoredSuggestion, Long> {

    @Query("select s from StoredSuggestion s join fetch s.rubricVersion where s.attempt.id = :attemptId")
    Optional<StoredSuggestion> findByAttempt(long attemptId);

    @Query("select s from StoredSuggestion s where s.attempt.assignment.id = :assignmentId")
    List<StoredSuggestion> findByAssignment(long assignmentId);
}
