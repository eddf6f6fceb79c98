package org.socialsim.scenario.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Scenario versions are only ever inserted and read; there is deliberately no update or delete here. */
public interface ScenarioVersionRepository extends JpaRepository<ScenarioVersion, Long> {

    Optional<ScenarioVersion> findByScenarioIdAndContentHash(String scenarioId, String contentHash);

    Optional<ScenarioVersion> findFirstByScenarioIdOrderByVersionNumberDesc(String scenarioId);

    Optional<ScenarioVersion> findByScenarioIdAndVersionNumber(String scenarioId, int versionNumber);

    /** Every version without its text, by scenario id and newest first: what the library lists. */
    @Query("""
            select new org.socialsim.scenario.domain.ScenarioVersionListing(
                v.id, v.scenarioId, v.versionNumber, v.title, v.source, u.displayName, v.createdAt)
            from ScenarioVersion v left join v.createdBy u
            order by v.scenarioId, v.versionNumber desc""")
    List<ScenarioVersionListing> listAll();
}
