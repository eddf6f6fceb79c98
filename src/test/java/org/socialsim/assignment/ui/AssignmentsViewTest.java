package org.socialsim.assignment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.assignment.AssignmentSummary;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
@WithUserDetails("tutor1")
class AssignmentsViewTest extends SpringBrowserlessTest {

    private static final LocalDateTime OPENS = LocalDateTime.of(2027, 1, 11, 9, 0);

    @Test
    void a_tutor_sets_an_assignment_for_their_cohort_and_sees_it_listed() {
        AssignmentsView view = navigate(AssignmentsView.class);
        assertThat(view.cohort.getValue().name()).isEqualTo("SMM 2026 — Group A");
        // The demo data gives Group A one assignment already.
        assertThat(test(view.assignments).size()).isEqualTo(1);

        fill(view, OPENS.plusWeeks(6));
        test(view.assign).click();

        assertThat(test(view.assignments).size()).isEqualTo(2);
        AssignmentSummary row = java.util.stream.IntStream.range(0, 2)
                .mapToObj(i -> test(view.assignments).getRow(i))
                .filter(candidate -> candidate.title().equals("Coursework 1: BrewHaven"))
                .findFirst()
                .orElseThrow();
        assertThat(row.title()).isEqualTo("Coursework 1: BrewHaven");
        assertThat(row.scenarioId()).isEqualTo("brewhaven-cold-brew");
        assertThat(row.scenarioVersion()).isEqualTo(1);
        assertThat(row.rubricId()).isEqualTo("smm-coursework");
    }

    @Test
    void a_deadline_before_the_opening_is_refused_with_a_message() {
        AssignmentsView view = navigate(AssignmentsView.class);

        fill(view, OPENS.minusDays(1));
        test(view.assign).click();

        assertThat(view.dueAt.isInvalid()).isTrue();
        assertThat(view.dueAt.getErrorMessage()).isEqualTo("The deadline must come after the opening date.");
        assertThat(test(view.assignments).size()).isEqualTo(1);
    }

    @Test
    void a_scenario_version_that_no_longer_exists_is_refused_at_the_scenario_field() {
        AssignmentsView view = navigate(AssignmentsView.class);
        fill(view, OPENS.plusWeeks(6));
        var chosen = view.scenario.getValue();
        var vanished = new org.socialsim.base.content.VersionSummary(
                Long.MAX_VALUE, chosen.contentId(), 99, chosen.title(), chosen.source(), null, chosen.createdAt());
        view.scenario.setItems(java.util.List.of(vanished));
        view.scenario.setValue(vanished);

        test(view.assign).click();

        assertThat(view.scenario.isInvalid()).isTrue();
        assertThat(view.scenario.getErrorMessage()).isNotBlank();
        assertThat(view.title.isInvalid()).isFalse();
        assertThat(test(view.assignments).size()).isEqualTo(1);
    }

    @Test
    void each_assignment_links_to_its_students_attempts_and_its_marking_queue() {
        AssignmentsView view = navigate(AssignmentsView.class);
        AssignmentSummary demo = test(view.assignments).getRow(0);

        var links = test(view.assignments)
                .getCellComponent(0, view.assignments.getColumns().size() - 1)
                .getChildren()
                .map(com.vaadin.flow.component.html.Anchor.class::cast)
                .toList();

        assertThat(links)
                .extracting(
                        com.vaadin.flow.component.html.Anchor::getHref, com.vaadin.flow.component.html.Anchor::getText)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("tutor/assignments/" + demo.id() + "/attempts", "Attempts"),
                        org.assertj.core.groups.Tuple.tuple("tutor/assignments/" + demo.id() + "/marking", "Marking"));
    }

    @Test
    void a_tutor_can_choose_only_their_own_cohorts() {
        AssignmentsView view = navigate(AssignmentsView.class);

        assertThat(test(view.cohort).getSuggestionItems())
                .extracting(cohort -> cohort.name())
                .containsExactly("SMM 2026 — Group A");
    }

    private void fill(AssignmentsView view, LocalDateTime due) {
        test(view.title).setValue("Coursework 1: BrewHaven");
        test(view.scenario).selectItem("BrewHaven: launching a cold-brew range — v1 (brewhaven-cold-brew)");
        test(view.rubric).selectItem(view.rubric.getItemLabelGenerator().apply(firstRubric(view)));
        view.opensAt.setValue(OPENS);
        view.dueAt.setValue(due);
    }

    private static org.socialsim.base.content.VersionSummary firstRubric(AssignmentsView view) {
        return view.rubric
                .getListDataView()
                .getItems()
                .filter(v -> v.contentId().equals("smm-coursework"))
                .findFirst()
                .orElseThrow();
    }
}
