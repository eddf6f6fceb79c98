package org.socialsim.grading.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommentBankRepository extends JpaRepository<CommentBankEntry, Long> {

    @Query("""
            select c from CommentBankEntry c
            where c.rubricId = :rubricId and c.criterionId = :criterionId
            order by c.uses desc, c.text""")
    List<CommentBankEntry> findForCriterion(String rubricId, String criterionId);

    @Query("""
            select c from CommentBankEntry c
            where c.rubricId = :rubricId and c.criterionId = :criterionId and c.text = :text""")
    Optional<CommentBankEntry> findText(String rubricId, String criterionId, String text);
}
