package org.socialsim.grading.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.socialsim.grading.Feedback;
import org.socialsim.grading.Feedback.CriterionFeedback;

/** A released grade as the student reads it: total and band, overall feedback, then each criterion. */
final class FeedbackSection extends Section {

    FeedbackSection(Feedback feedback) {
        addClassNames("card", "debrief-marks", "feedback-grade");
        setId("debrief-marks");

        H3 heading = new H3(getTranslation("marking.feedback-view.title"));
        Span total = new Span(getTranslation("marking.feedback-view.total", feedback.total(), feedback.maxMarks()));
        total.addClassName("feedback-total");
        total.setId("feedback-total");
        Span band = new Span(getTranslation("marking.feedback-view.band", feedback.band()));
        band.getElement().getThemeList().add("badge success");
        band.addClassName("feedback-band");
        band.setId("feedback-band");
        Div score = new Div(total, band);
        score.addClassName("feedback-score");
        Paragraph rubric = new Paragraph(getTranslation("marking.feedback-view.rubric", feedback.rubricTitle()));
        rubric.addClassName("muted");
        add(heading, score, rubric);

        if (!feedback.overallFeedback().isBlank()) {
            Div overall = new Div(new H4(getTranslation("marking.feedback-view.overall")));
            overall.addClassName("feedback-overall");
            overall.setId("feedback-overall");
            paragraphs(feedback.overallFeedback(), overall);
            add(overall);
        }

        int number = 0;
        for (CriterionFeedback criterion : feedback.criteria()) {
            number++;
            add(criterion(criterion, number));
        }
    }

    private Div criterion(CriterionFeedback criterion, int number) {
        Div card = new Div();
        card.addClassName("feedback-criterion");
        card.setId("feedback-criterion-" + number);
        H4 title = new H4(criterion.title());
        Span mark = new Span(getTranslation("marking.feedback-view.mark", criterion.mark(), criterion.maxMarks()));
        mark.addClassName("feedback-criterion-mark");
        Span level = new Span(criterion.level());
        level.getElement().getThemeList().add("badge");
        Div heading = new Div(title, level, mark);
        heading.addClassName("feedback-criterion-heading");
        Paragraph descriptor = new Paragraph(criterion.descriptor().strip());
        descriptor.addClassNames("muted", "feedback-descriptor");
        card.add(heading, descriptor);
        if (!criterion.comment().isBlank()) {
            Div comment = new Div(new H5(getTranslation("marking.feedback-view.comment")));
            comment.addClassName("feedback-comment");
            paragraphs(criterion.comment(), comment);
            card.add(comment);
        }
        if (!criterion.evidence().isEmpty()) {
            Div evidence = new Div(new H5(getTranslation("marking.feedback-view.checks")));
            evidence.addClassName("feedback-checks");
            Div lines = new Div();
            lines.addClassName("evidence-lines");
            criterion.evidence().forEach(line -> lines.add(MarkingLabels.evidence(this, line)));
            evidence.add(lines);
            card.add(evidence);
        }
        return card;
    }

    private static void paragraphs(String text, Div into) {
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            into.add(new Paragraph(paragraph.strip()));
        }
    }
}
