package org.socialsim.scenario.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.base.content.LibraryEntry;
import org.socialsim.scenario.ScenarioService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
@WithUserDetails("tutor1")
class ContentLibraryViewTest extends SpringBrowserlessTest {

    @Autowired
    ScenarioService scenarioService;

    @Test
    void lists_the_shipped_scenarios_and_rubric_with_their_versions() {
        ContentLibraryView view = navigate(ContentLibraryView.class);

        assertThat(ids(view.scenarios))
                .contains("brewhaven-cold-brew", "glowfolk-skincare", "nonna-rosa-restaurants", "tallybook-b2b-saas");
        assertThat(ids(view.rubrics)).contains("smm-coursework");
    }

    @Test
    void an_invalid_upload_lists_its_problems_and_saves_nothing() throws IOException {
        ContentLibraryView view = navigate(ContentLibraryView.class);
        int before = scenarioService.library().size();
        String broken = Files.readString(Path.of("src/test/resources/valid/scenarios/corner-cafe.yaml"))
                .replace("weeks: 6", "weeks: 60");

        test(view.scenarios.upload).upload("corner-cafe.yaml", "application/yaml", bytes(broken));

        assertThat(view.scenarios.uploadVerdict.getText()).startsWith("“corner-cafe.yaml” was not saved");
        assertThat(view.scenarios.uploadProblems.shown())
                .anySatisfy(problem -> assertThat(problem).startsWith("line 13, column 8: weeks: "));
        assertThat(scenarioService.library()).hasSize(before);
    }

    @Test
    void a_valid_upload_becomes_a_new_scenario_in_the_list() throws IOException {
        ContentLibraryView view = navigate(ContentLibraryView.class);
        String cafe = Files.readString(Path.of("src/test/resources/valid/scenarios/corner-cafe.yaml"));

        test(view.scenarios.upload).upload("corner-cafe.yaml", "application/yaml", bytes(cafe));

        assertThat(ids(view.scenarios)).contains("corner-cafe");
        assertThat(view.scenarios.uploadVerdict.isVisible()).isFalse();
    }

    @Test
    void a_file_that_is_not_yaml_is_refused() {
        ContentLibraryView view = navigate(ContentLibraryView.class);

        test(view.scenarios.upload).upload("notes.txt", "text/plain", bytes("id: x"));

        assertThat(view.scenarios.uploadVerdict.getText()).contains("is not a YAML file");
    }

    private java.util.List<String> ids(LibrarySection section) {
        var grid = test(section.grid);
        return IntStream.range(0, grid.size())
                .mapToObj(grid::getRow)
                .map(LibraryEntry::contentId)
                .toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
