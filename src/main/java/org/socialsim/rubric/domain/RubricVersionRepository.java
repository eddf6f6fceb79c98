package org.socialsim.rubric.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Rubric versions are only ever inserted and read; there is deliberately no update or delete here. */
public interface RubricVersionRepository extends JpaRepository<RubricVersion, Long> {

    Optional<RubricVersion> findByRubricIdAndContentHash(String rubricId, String contentHash);

    Optional<RubricVersion> findFirstByRubricIdOrderByVersionNumberDesc(String rubricId);

    Optional<RubricVersion> findByRubricIdAndVersionNumber(String rubricId, int versionNumber);

    /** Every version without its text, by rubric id and newest first: what the library lists. */
    @Query("""
            select new org.socialsim.rubric.domain.RubricVersionListing(
                v.id, v.rubricId, v.versionNumber, v.title, v.source, u.displayName, v.createdAt)
            from RubricVersion v left join v.createdBy u
            order by v.rubricId, v.versionNumber desc""")
    List<RubricVersionListing> listAll();
}
