package org.socialsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialsim.SocialSimTest;
import org.socialsim.base.UserFacingException;
import org.socialsim.base.content.ContentFile;
import org.socialsim.base.content.ContentFolder;
import org.socialsim.base.content.ContentProperties;
import org.socialsim.base.content.ContentSource;
import org.socialsim.base.content.LibraryEntry;
import org.socialsim.base.content.SaveOutcome;
import org.socialsim.base.content.VersionText;
import org.socialsim.scenario.domain.ScenarioVersionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

// Each test runs in a transaction that is rolled back, so the shipped versions stay as the startup loader left them.
@SocialSimTest
@Transactional
class ScenarioVersioningTest {

    private static final String BREWHAVEN = "brewhaven-cold-brew";

    @Autowired
    ScenarioService scenarioService;

    @Autowired
    ScenarioVersions store;

    @Autowired
    ScenarioVersionRepository versions;

    @Test
    @WithUserDetails("tutor1")
    void every_shipped_scenario_is_in_the_library_as_version_1_from_its_file() {
        var library = scenarioService.library();

        assertThat(library)
                .extracting(LibraryEntry::contentId)
                .contains(BREWHAVEN, "glowfolk-skincare", "nonna-rosa-restaurants", "tallybook-b2b-saas");
        LibraryEntry brewhaven = entry(BREWHAVEN);
        assertThat(brewhaven.versionCount()).isEqualTo(1);
        assertThat(brewhaven.latest().source()).isEqualTo(ContentSource.FILE);
        assertThat(brewhaven.latest().createdBy()).isNull();
        assertThat(brewhaven.title()).isEqualTo("BrewHaven: launching a cold-brew range");
    }

    @Test
    @WithUserDetails("tutor1")
    void saving_the_same_text_again_stores_nothing_even_with_windows_line_endings() {
        VersionText latest = scenarioService.latest(BREWHAVEN);

        SaveOutcome same = scenarioService.save(BREWHAVEN, 1, latest.yaml());
        SaveOutcome crlf =
                scenarioService.upload("brewhaven-cold-brew.yaml", latest.yaml().replace("\n", "\r\n"));

        assertThat(same).isInstanceOf(SaveOutcome.Unchanged.class);
        assertThat(crlf).isInstanceOf(SaveOutcome.Unchanged.class);
        assertThat(((SaveOutcome.Unchanged) crlf).existing().number()).isEqualTo(1);
        assertThat(entry(BREWHAVEN).versionCount()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("tutor1")
    void a_changed_text_becomes_version_2_and_version_1_stays_as_it_was() {
        VersionText first = scenarioService.latest(BREWHAVEN);
        String changed = first.yaml().replace("weeks: 6 ", "weeks: 7 ");

        SaveOutcome outcome = scenarioService.save(BREWHAVEN, 1, changed);

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.Saved.class, saved -> {
            assertThat(saved.version().number()).isEqualTo(2);
            assertThat(saved.version().source()).isEqualTo(ContentSource.BROWSER);
            assertThat(saved.version().createdBy()).isEqualTo("Dr Priya Natarajan");
        });
        assertThat(scenarioService.version(first.version().id()).yaml()).isEqualTo(first.yaml());
        assertThat(scenarioService.definition(first.version().id()).weeks()).isEqualTo(6);
        assertThat(scenarioService.latest(BREWHAVEN).yaml()).contains("weeks: 7 ");
        assertThat(entry(BREWHAVEN).versionCount()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("tutor1")
    void an_invalid_text_is_refused_with_its_located_problems_and_never_stored() {
        String broken = scenarioService.latest(BREWHAVEN).yaml().replace("weeks: 6 ", "weeks: sixty ");
        long before = versions.count();

        SaveOutcome outcome = scenarioService.save(BREWHAVEN, 1, broken);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        SaveOutcome.Invalid.class,
                        invalid -> assertThat(invalid.problems()).anySatisfy(problem -> {
                            assertThat(problem.line()).isEqualTo(lineOf(broken, "weeks: sixty"));
                            assertThat(problem.path()).isEqualTo("weeks");
                        }));
        assertThat(versions.count()).isEqualTo(before);
        assertThat(scenarioService.upload("broken.yaml", broken)).isInstanceOf(SaveOutcome.Invalid.class);
        assertThat(versions.count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("tutor1")
    void a_save_based_on_an_older_version_is_refused_as_stale_and_stores_nothing() {
        String text = scenarioService.latest(BREWHAVEN).yaml();
        scenarioService.save(BREWHAVEN, 1, text.replace("weeks: 6 ", "weeks: 7 "));

        SaveOutcome late = scenarioService.save(BREWHAVEN, 1, text.replace("weeks: 6 ", "weeks: 8 "));

        assertThat(late)
                .isInstanceOfSatisfying(
                        SaveOutcome.Stale.class,
                        stale -> assertThat(stale.latest().number()).isEqualTo(2));
        assertThat(entry(BREWHAVEN).versionCount()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("tutor1")
    void an_editor_cannot_turn_one_scenario_into_another_by_changing_its_id() {
        String renamed = scenarioService.latest(BREWHAVEN).yaml().replace("id: brewhaven-cold-brew", "id: brewhaven-2");

        SaveOutcome outcome = scenarioService.save(BREWHAVEN, 1, renamed);

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.Invalid.class, invalid -> {
            assertThat(invalid.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.path()).isEqualTo("id");
                assertThat(problem.line()).isEqualTo(13);
            });
        });
    }

    @Test
    @WithUserDetails("tutor1")
    void cloning_keeps_the_comments_and_starts_a_new_scenario_at_version_1() {
        SaveOutcome outcome = scenarioService.createFrom(BREWHAVEN, "brewhaven-resit", "BrewHaven: the resit");

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.Saved.class, saved -> {
            assertThat(saved.version().contentId()).isEqualTo("brewhaven-resit");
            assertThat(saved.version().number()).isEqualTo(1);
            assertThat(saved.version().title()).isEqualTo("BrewHaven: the resit");
        });
        assertThat(scenarioService.latest("brewhaven-resit").yaml())
                .contains("# product-safety crisis (SCCT, Coombs).")
                .contains("id: \"brewhaven-resit\"");
        assertThat(entry(BREWHAVEN).versionCount()).isEqualTo(1);
        assertThatThrownBy(() -> scenarioService.createFrom(BREWHAVEN, "brewhaven-resit", "Again"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("content.id.taken");
    }

    @Test
    @WithUserDetails("tutor1")
    void the_structured_form_rewrites_the_yaml_with_the_writer_and_it_reads_back() {
        var current = scenarioService.definition(entry(BREWHAVEN).latest().id());
        var basics = ScenarioBasics.of(current);
        var edited = new ScenarioBasics(
                "BrewHaven: summer relaunch",
                basics.brief(),
                basics.brandName(),
                basics.industry(),
                basics.voice(),
                7,
                basics.currency(),
                6000,
                basics.influencerBudget());

        String yaml = scenarioService.rewrite(current, edited);

        assertThat(scenarioService.check(BREWHAVEN, yaml).isValid()).isTrue();
        assertThat(yaml).contains("BrewHaven: summer relaunch");
    }

    @Test
    @WithUserDetails("student1")
    void a_student_cannot_read_or_change_the_library() {
        assertThatThrownBy(() -> scenarioService.library()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scenarioService.latest(BREWHAVEN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scenarioService.check(BREWHAVEN, "id: x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scenarioService.save(BREWHAVEN, 1, "id: x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scenarioService.upload("x.yaml", "id: x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scenarioService.createFrom(BREWHAVEN, "mine", "Mine"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_startup_loader_is_idempotent_stores_changes_and_skips_invalid_files(@TempDir Path contentDir)
            throws IOException {
        Path scenarios = Files.createDirectories(contentDir.resolve("scenarios"));
        String cafe = Files.readString(Path.of("src/test/resources/valid/scenarios/corner-cafe.yaml"));
        Files.writeString(scenarios.resolve("corner-cafe.yaml"), cafe);
        Files.writeString(scenarios.resolve("broken.yaml"), "id: broken\nweeks: lots\n");
        var loader = new ScenarioFilesLoader(new ContentFolder(new ContentProperties(contentDir.toString())), store);

        loader.run(null);
        loader.run(null);

        assertThat(versions.findFirstByContentIdOrderByVersionNumberDesc("corner-cafe"))
                .hasValueSatisfying(
                        version -> assertThat(version.getVersionNumber()).isEqualTo(1));
        assertThat(versions.findFirstByContentIdOrderByVersionNumberDesc("broken"))
                .isEmpty();

        Files.writeString(scenarios.resolve("corner-cafe.yaml"), cafe.replace("weeks: 6", "weeks: 7"));
        loader.run(null);
        loader.run(null);

        assertThat(versions.findFirstByContentIdOrderByVersionNumberDesc("corner-cafe"))
                .hasValueSatisfying(version -> {
                    assertThat(version.getVersionNumber()).isEqualTo(2);
                    assertThat(version.getSource()).isEqualTo(ContentSource.FILE);
                });
    }

    @Test
    void without_a_scenarios_folder_the_copies_packaged_in_the_app_are_read(@TempDir Path empty) {
        var folder = new ContentFolder(new ContentProperties(empty.toString()));

        assertThat(folder.read("scenarios"))
                .extracting(ContentFile::name)
                .contains("scenarios/brewhaven-cold-brew.yaml", "scenarios/tallybook-b2b-saas.yaml");
        assertThat(folder.read("rubrics")).extracting(ContentFile::name).contains("rubrics/smm-coursework.yaml");
    }

    private LibraryEntry entry(String id) {
        return scenarioService.library().stream()
                .filter(entry -> entry.contentId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    static int lineOf(String text, String fragment) {
        int index = text.indexOf(fragment);
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
