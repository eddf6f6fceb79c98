package org.socialsim.scenario.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Scenario versions are only ever inserted and read; there is deliberately no update or delete here. */
public interface ScenarioVersionRepository extends JpaRepository<ScenarioVersion, Long> {

    Optional<ScenarioVersion> findByContentIdAndContentHash(String contentId, String contentHash);

    Optional<ScenarioVersion> findFirstByContentIdOrderByVersionNumberDesc(String contentId);

    Optional<ScenarioVersion> findByContentIdAndVersionNumber(String contentId, int versionNumber);

    /** Every version without its text, by scenario id and newest first: what the library lists. */
    @Query("""
            select new org.socialsim.scenario.domain.ScenarioVersionListing(
                v.id, v.contentId, v.versionNumber, v.title, v.source, u.displayName, v.createdAt)
            from ScenarioVersion v left join v.createdBy u
            order by v.contentId, v.versionNumber desc""")
    List<ScenarioVersionListing> listAll();
}
