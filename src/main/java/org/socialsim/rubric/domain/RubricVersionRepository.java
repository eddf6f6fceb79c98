package org.socialsim.rubric.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Rubric versions are only ever inserted and read; there is deliberately no update or delete here. */
public interface RubricVersionRepository extends JpaRepository<RubricVersion, Long> {

    Optional<RubricVersion> findByContentIdAndContentHash(String contentId, String contentHash);

    Optional<RubricVersion> findFirstByContentIdOrderByVersionNumberDesc(String contentId);

    Optional<RubricVersion> findByContentIdAndVersionNumber(String contentId, int versionNumber);

    /** Every version without its text, by rubric id and newest first: what the library lists. */
    @Query("""
            select new org.socialsim.rubric.domain.RubricVersionListing(
                v.id, v.contentId, v.versionNumber, v.title, v.source, u.displayName, v.createdAt)
            from RubricVersion v left join v.createdBy u
            order by v.contentId, v.versionNumber desc""")
    List<RubricVersionListing> listAll();
}
