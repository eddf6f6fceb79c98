package org.socialsim.rubric.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.markdown.Markdown;
import java.text.NumberFormat;
import java.util.stream.Collectors;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.LevelDefinition;
import org.socialsim.rubric.definition.RubricDefinition;

/** A rubric as markers and students read it: the boundaries, then each criterion with its evidence and levels. */
public final class RubricPreview extends Composite<Div> {

    public RubricPreview() {
        getContent().addClassName("rubric-preview");
    }

    public void show(RubricDefinition rubric) {
        Div content = getContent();
        content.removeAll();
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        content.add(new H2(rubric.title()));
        Paragraph totals = new Paragraph(getTranslation(
                "rubric-preview.totals",
                rubric.marks(),
                rubric.boundaries().stream()
                        .map(boundary -> boundary.band() + " " + boundary.from())
                        .collect(Collectors.joining(" · "))));
        totals.addClassName("muted");
        content.add(totals);
        if (!rubric.description().isBlank()) {
            content.add(new Markdown(rubric.description()));
        }
        for (CriterionDefinition criterion : rubric.criteria()) {
            Section section = new Section(
                    new H3(getTranslation("rubric-preview.criterion", criterion.title(), criterion.marks())));
            section.addClassName("preview-section");
            Paragraph evidence = new Paragraph(getTranslation(
                    "rubric-preview.evidence",
                    criterion.evidence().stream()
                            .map(item -> item.assessor().yamlName() + " " + percent.format(item.weight()))
                            .collect(Collectors.joining(", "))));
            evidence.addClassName("muted");
            Grid<LevelDefinition> levels = new Grid<>();
            levels.addColumn(LevelDefinition::label)
                    .setHeader(getTranslation("rubric-preview.level"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            levels.addColumn(level -> getTranslation("rubric-preview.marks", level.minMarks(), level.maxMarks()))
                    .setHeader(getTranslation("rubric-preview.marks-header"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            levels.addColumn(level -> percent.format(level.from()))
                    .setHeader(getTranslation("rubric-preview.from"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            levels.addColumn(LevelDefinition::descriptor)
                    .setHeader(getTranslation("rubric-preview.descriptor"))
                    .setFlexGrow(1);
            levels.setItems(criterion.levels());
            levels.setAllRowsVisible(true);
            levels.addThemeName("wrap-cell-content");
            levels.setAriaLabel(criterion.title());
            section.add(evidence, levels);
            content.add(section);
        }
    }
}
