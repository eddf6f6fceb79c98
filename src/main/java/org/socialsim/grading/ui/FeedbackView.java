package org.socialsim.grading.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.AttemptState;
import org.socialsim.attempt.ui.AttemptLayout;
import org.socialsim.attempt.ui.AttemptStep;
import org.socialsim.attempt.ui.AttemptStepView;
import org.socialsim.attempt.work.HourRanges;
import org.socialsim.attempt.work.PersonaDebrief;
import org.socialsim.attempt.work.PersonaDebrief.AgeOutside;
import org.socialsim.attempt.work.PersonaDebrief.Comparison;
import org.socialsim.attempt.work.PersonaDebrief.Difference;
import org.socialsim.attempt.work.PersonaDebrief.ExtraPlatform;
import org.socialsim.attempt.work.PersonaDebrief.MissedHours;
import org.socialsim.attempt.work.PersonaDebrief.MissedPlatform;
import org.socialsim.attempt.work.PersonaDebrief.OtherFavouritePillar;
import org.socialsim.grading.Feedback;
import org.socialsim.grading.GradingService;
import org.socialsim.scenario.definition.SegmentDefinition;
import org.socialsim.simulation.plan.Persona;

/**
 * Step 10, once the attempt is marked and released: the debrief that reveals the true audience segments the simulation
 * used, beside the student's personas and how close each came. (The navigation and {@link AttemptStepView} keep it
 * hidden before release, so the segments never leak while the work can still change.) Above it, the released grade:
 * the total and band, the marker's overall feedback, and per criterion the level, mark, comment and what the automatic
 * checks found. It lives with the grading because it reads the grade; the attempt's pages know it only by its path.
 */
@Route(value = AttemptStep.PREFIX + "feedback", layout = AttemptLayout.class)
@RolesAllowed({"STUDENT", "TUTOR", "ADMIN"})
public final class FeedbackView extends AttemptStepView {

    private final GradingService grading;

    FeedbackView(AttemptService attempts, GradingService grading) {
        super(attempts, AttemptStep.FEEDBACK);
        this.grading = grading;
    }

    @Override
    protected void render(AttemptState state) {
        // Only the attempt's own student reads a grade here; a tutor opening the page sees the debrief alone.
        @Nullable Feedback feedback = state.own() ? grading.feedback(state.attemptId()) : null;
        Section marks = feedback == null ? pendingMarks() : new FeedbackSection(feedback);

        Paragraph intro = new Paragraph(getTranslation("debrief.intro"));
        intro.addClassName("muted");

        Div segments = new Div(new H3(getTranslation("debrief.segments")));
        segments.addClassName("debrief-column");
        segments.setId("debrief-segments");
        state.scenario().segments().forEach(segment -> segments.add(segmentCard(segment)));

        Div personas = new Div(new H3(getTranslation("debrief.personas")));
        personas.addClassName("debrief-column");
        personas.setId("debrief-personas");
        List<Comparison> comparisons =
                PersonaDebrief.compare(state.plan().personas(), state.scenario().segments());
        if (comparisons.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("debrief.no-personas"));
            none.addClassNames("empty-state", "card");
            personas.add(none);
        }
        comparisons.forEach(comparison -> personas.add(personaCard(comparison)));

        Div columns = new Div(segments, personas);
        columns.addClassName("debrief-columns");
        add(marks, intro, columns);
    }

    private Section pendingMarks() {
        Section marks = new Section(
                new H3(getTranslation("debrief.marks")), new Paragraph(getTranslation("debrief.marks-pending")));
        marks.addClassNames("card", "debrief-marks");
        marks.setId("debrief-marks");
        return marks;
    }

    private Section segmentCard(SegmentDefinition segment) {
        Span share = new Span(getTranslation("debrief.segment.share", percent(segment.share())));
        share.getElement().getThemeList().add("badge");
        Div heading = new Div(new H4(segment.name()), share);
        heading.addClassName("debrief-card-heading");
        Paragraph description = new Paragraph(segment.description().strip());
        description.addClassName("muted");
        UnorderedList facts = new UnorderedList(
                fact(
                        getTranslation("debrief.age"),
                        getTranslation("debrief.age-range", (int) segment.age().min(), (int)
                                segment.age().max())),
                fact(getTranslation("debrief.platforms"), shares(segment.platforms())),
                fact(getTranslation("debrief.interests"), shares(segment.interests())),
                fact(
                        getTranslation("debrief.hours"),
                        getTranslation(
                                "debrief.hours-value",
                                HourRanges.format(segment.activeHours().weekday()),
                                HourRanges.format(segment.activeHours().weekend()))));
        facts.addClassName("debrief-facts");
        Section card = new Section(heading, description, facts);
        card.addClassNames("card", "segment-card");
        card.setId("debrief-segment-" + segment.id());
        return card;
    }

    private Section personaCard(Comparison comparison) {
        Persona persona = comparison.persona();
        H4 name = new H4(persona.name().isBlank() ? getTranslation("debrief.persona-unnamed") : persona.name());
        Span closeness = new Span(getTranslation("debrief.closeness", percent(comparison.closeness())));
        closeness.getElement().getThemeList().add(comparison.closeness() >= 0.7 ? "badge success" : "badge contrast");
        Div heading = new Div(name, closeness);
        heading.addClassName("debrief-card-heading");
        UnorderedList facts = new UnorderedList(
                fact(
                        getTranslation("debrief.age"),
                        getTranslation("debrief.age-range", persona.minAge(), persona.maxAge())),
                fact(
                        getTranslation("debrief.platforms"),
                        persona.platforms().stream()
                                .map(platform -> getTranslation(AttemptKeys.label(platform)))
                                .collect(Collectors.joining(", "))),
                fact(
                        getTranslation("debrief.interests"),
                        persona.contentPreferences().stream()
                                .map(pillar -> getTranslation(AttemptKeys.label(pillar)))
                                .collect(Collectors.joining(", "))),
                fact(
                        getTranslation("debrief.hours"),
                        getTranslation(
                                "debrief.hours-value",
                                HourRanges.format(persona.weekdayHours()),
                                HourRanges.format(persona.weekendHours()))));
        facts.addClassName("debrief-facts");
        Paragraph closest = new Paragraph(
                getTranslation("debrief.closest", comparison.closest().name()));
        closest.addClassName("debrief-closest");
        Section card = new Section(heading, facts, closest);
        if (comparison.differences().isEmpty()) {
            Paragraph match = new Paragraph(getTranslation("debrief.match"));
            match.addClassName("debrief-match");
            card.add(match);
        } else {
            UnorderedList differences = new UnorderedList();
            differences.addClassName("debrief-differences");
            comparison.differences().forEach(difference -> differences.add(new ListItem(describe(difference))));
            card.add(differences);
        }
        card.addClassNames("card", "persona-card");
        card.setId("debrief-persona-" + persona.id());
        return card;
    }

    private String describe(Difference difference) {
        return switch (difference) {
            case AgeOutside age ->
                getTranslation(
                        "debrief.difference.age",
                        age.personaMin(),
                        age.personaMax(),
                        age.segmentMin(),
                        age.segmentMax());
            case MissedPlatform missed ->
                getTranslation(
                        "debrief.difference.missed-platform",
                        getTranslation(AttemptKeys.label(missed.platform())),
                        percent(missed.share()));
            case ExtraPlatform extra ->
                getTranslation(
                        "debrief.difference.extra-platform",
                        getTranslation(AttemptKeys.label(extra.platform())),
                        percent(extra.share()));
            case OtherFavouritePillar pillar ->
                getTranslation(
                        "debrief.difference.pillar",
                        getTranslation(AttemptKeys.label(pillar.persona())),
                        getTranslation(AttemptKeys.label(pillar.segment())));
            case MissedHours hours ->
                getTranslation("debrief.difference.hours", HourRanges.format(hours.segmentPeaks()));
        };
    }

    private ListItem fact(String labelText, String value) {
        Span label = new Span(labelText);
        label.addClassName("fact-label");
        Span text = new Span(value.isBlank() ? getTranslation("debrief.none") : value);
        return new ListItem(label, text);
    }

    /** "Instagram 70%, TikTok 30%", largest first. */
    private <E extends Enum<E>> String shares(Map<E, Double> shares) {
        return shares.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<E, Double>comparingByValue().reversed())
                .map(entry -> getTranslation(AttemptKeys.label(entry.getKey())) + " " + percent(entry.getValue()))
                .collect(Collectors.joining(", "));
    }

    private String percent(double fraction) {
        return NumberFormat.getPercentInstance(getLocale()).format(fraction);
    }
}
