package org.socialsim.attempt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.ReferencePlans;
import org.socialsim.simulation.plan.Persona;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@SocialSimTest
@Transactional
class PersonasViewTest extends SpringBrowserlessTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    UserDetailsService users;

    private PersonasView open(long attemptId) {
        return navigate(AttemptStep.PERSONAS.path(attemptId), PersonasView.class);
    }

    private AttemptState start() {
        return attempts.open(attempts.myAssignments().getFirst().assignmentId());
    }

    private Persona stored(long attemptId, int index) {
        return attempts.attempt(attemptId).plan().personas().get(index);
    }

    @Test
    @WithUserDetails("student1")
    void a_new_persona_is_saved_at_once_and_fewer_than_two_are_warned_about() {
        AttemptState state = start();
        PersonasView view = open(state.attemptId());
        assertThat(view.count.getText()).startsWith("No personas yet: build at least 2");

        test(view.add).click();

        Persona added = stored(state.attemptId(), 0);
        assertThat(added.id()).isEqualTo("p1");
        assertThat(added.minAge()).isEqualTo(18);
        assertThat(view.count.getText()).startsWith("Only one persona: build at least 2");
        assertThat($(com.vaadin.flow.component.html.ListItem.class, view.forms.getFirst())
                        .all())
                .extracting(com.vaadin.flow.component.html.ListItem::getText)
                .contains("Tick the platforms they use: the simulation matches posts by platform.");

        test(view.add).click();
        assertThat(view.count.getText()).isEqualTo("2 of at most 5 personas.");
    }

    @Test
    @WithUserDetails("student1")
    void every_field_autosaves_including_hours_and_ranked_content_preferences() {
        AttemptState state = start();
        PersonasView view = open(state.attemptId());
        test(view.add).click();
        PersonaForm form = view.forms.getFirst();

        test(form.name).setValue("Commuter Chloe");
        test(form.minAge).setValue(24);
        test(form.maxAge).setValue(35);
        test(form.occupation).setValue("Office worker in Leeds");
        test(form.goals).setValue("Good coffee on the way to work");
        test(form.painPoints).setValue("Queues and warm drinks by 9:00");
        test(form.platforms).selectItem("Instagram");
        test(form.weekdayHours).selectItem("07:00–08:00", "08:00–09:00");
        test(form.weekendHours).selectItem("10:00–11:00");
        test(form.preferences.checkbox(Pillar.EDUCATIONAL)).click();
        test(form.preferences.checkbox(Pillar.ENTERTAINING)).click();
        form.preferences.moveUp(Pillar.ENTERTAINING);
        test(form.journeyStage).selectItem("Consideration");

        assertThat(stored(state.attemptId(), 0))
                .isEqualTo(new Persona(
                        "p1",
                        "Commuter Chloe",
                        24,
                        35,
                        "Office worker in Leeds",
                        "Good coffee on the way to work",
                        "Queues and warm drinks by 9:00",
                        List.of(Platform.INSTAGRAM),
                        List.of(7, 8),
                        List.of(10),
                        List.of(Pillar.ENTERTAINING, Pillar.EDUCATIONAL),
                        FunnelStage.CONSIDERATION));
        assertThat(form.advice.isVisible()).isFalse();
        assertThat(form.preferences.checkbox(Pillar.ENTERTAINING).getLabel()).isEqualTo("1. Entertaining");
    }

    @Test
    @WithUserDetails("student1")
    void a_reversed_age_range_is_marked_and_not_saved_until_fixed() {
        AttemptState state = start();
        PersonasView view = open(state.attemptId());
        test(view.add).click();
        PersonaForm form = view.forms.getFirst();

        test(form.minAge).setValue(40);

        assertThat(form.minAge.isInvalid()).isTrue();
        assertThat(form.minAge.getErrorMessage())
                .isEqualTo("The youngest age (40) is above the oldest (34). Not saved until fixed.");
        assertThat(stored(state.attemptId(), 0).minAge()).isEqualTo(18);

        test(form.maxAge).setValue(55);

        assertThat(form.minAge.isInvalid()).isFalse();
        assertThat(stored(state.attemptId(), 0).minAge()).isEqualTo(40);
        assertThat(stored(state.attemptId(), 0).maxAge()).isEqualTo(55);
    }

    @Test
    @WithUserDetails("student1")
    void five_personas_is_the_most() {
        AttemptState state = start();
        PersonasView view = open(state.attemptId());
        for (int i = 0; i < 5; i++) {
            test(view.add).click();
        }

        assertThat(view.add.isEnabled()).isFalse();
        assertThat(attempts.attempt(state.attemptId()).plan().personas())
                .extracting(Persona::id)
                .containsExactly("p1", "p2", "p3", "p4", "p5");
    }

    @Test
    @WithUserDetails("student1")
    void a_persona_that_posts_target_cannot_be_removed_and_the_student_is_told_why() {
        AttemptState state = start();
        state = attempts.savePlan(state.attemptId(), state.version(), ReferencePlans.competent(state.scenario()));
        PersonasView view = open(state.attemptId());
        int before = view.forms.size();

        PersonaForm first = view.forms.getFirst();
        test(first.remove).click();

        assertThat(first.refusal.isVisible()).isTrue();
        assertThat(first.refusal.getText())
                .startsWith("This persona cannot be removed:")
                .contains("posts", "target it");
        assertThat(attempts.attempt(state.attemptId()).plan().personas()).hasSize(before);
    }

    @Test
    @WithUserDetails("student1")
    void a_persona_nothing_targets_is_removed() {
        AttemptState state = start();
        PersonasView view = open(state.attemptId());
        test(view.add).click();
        test(view.add).click();

        test(view.forms.getFirst().remove).click();

        assertThat(attempts.attempt(state.attemptId()).plan().personas())
                .extracting(Persona::id)
                .containsExactly("p2");
        assertThat(view.count.getText()).startsWith("Only one persona");
    }

    @Test
    @WithUserDetails("student1")
    void once_week_one_has_run_the_personas_are_read_only_with_the_reason() {
        AttemptState state = start();
        state = attempts.savePlan(state.attemptId(), state.version(), ReferencePlans.competent(state.scenario()));
        attempts.runWeek(state.attemptId(), state.version());

        PersonasView view = open(state.attemptId());

        assertThat(view.fixed.getText()).startsWith("Your personas are fixed once week 1 has run");
        assertThat(view.fixed.isVisible()).isTrue();
        assertThat(view.add.isVisible()).isFalse();
        assertThat(view.forms).isNotEmpty().allSatisfy(form -> {
            assertThat(form.name.isReadOnly()).isTrue();
            assertThat(form.weekdayHours.isReadOnly()).isTrue();
            assertThat(form.preferences.checkbox(Pillar.EDUCATIONAL).isReadOnly())
                    .isTrue();
            assertThat(form.remove.isVisible()).isFalse();
        });
    }

    @Test
    @WithUserDetails("tutor1")
    void the_tutor_sees_the_personas_read_only() {
        long attemptId = AsUser.as(users, "student1", () -> {
            AttemptState state = start();
            return attempts.savePlan(state.attemptId(), state.version(), ReferencePlans.competent(state.scenario()))
                    .attemptId();
        });

        PersonasView view = open(attemptId);

        assertThat(view.fixed.getText()).isEqualTo("Read only: these are the personas as the student built them.");
        assertThat(view.add.isVisible()).isFalse();
        assertThat(view.forms.getFirst().name.isReadOnly()).isTrue();
        assertThat(view.forms.getFirst().platforms.isReadOnly()).isTrue();
    }
}
