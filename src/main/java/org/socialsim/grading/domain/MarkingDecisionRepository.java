package org.socialsim.grading.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MarkingDecisionRepository extends JpaRepository<MarkingDecisionEntry, Long> {

    @Query("select d from MarkingDecisionEntry d join fetch d.decidedBy where d.sheet.id = :sheetId order by d.id")
    List<MarkingDecisionEntry> findBySheet(long sheetId);
}
