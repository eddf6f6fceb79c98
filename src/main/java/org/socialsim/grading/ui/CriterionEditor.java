package org.socialsim.grading.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.NumberFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.socialsim.grading.CriterionMark;
import org.socialsim.grading.GradingService;
import org.socialsim.grading.assessment.AssessorResult;
import org.socialsim.grading.assessment.CriterionSuggestion;
import org.socialsim.rubric.definition.CriterionDefinition;
import org.socialsim.rubric.definition.LevelDefinition;

/**
 * One rubric criterion on a mark sheet: its guidance, the assessors' suggestion with their evidence (never on a blind
 * sheet), and the marker's level, mark and comment. It saves nothing itself: each change goes to {@link Actions}, which
 * calls the service and says whether it was kept.
 */
final class CriterionEditor extends Section {

    /** What the marking view does for a criterion. */
    interface Actions {
        /**
         * Saves a level, mark and comment. Returns null when saved, otherwise the message to show beside the mark
         * (empty when the refusal was shown some other way).
         */
        @Nullable
        String mark(String criterionId, String level, int mark, String comment);

        void accept(String criterionId);

        List<String> bank(String criterionId);

        void saveToBank(String criterionId, String text);
    }

    final Select<LevelDefinition> level = new Select<>();
    final IntegerField mark = new IntegerField();
    final TextArea comment = new TextArea();
    final ComboBox<String> bank = new ComboBox<>();
    final Button saveToBank = new Button();
    final @Nullable Button accept;
    final Span state = new Span();

    private final CriterionDefinition criterion;
    private final Actions actions;
    /** Set while the editor fills its fields from the sheet, so that is not taken for the marker's change. */
    private boolean filling;

    CriterionEditor(CriterionDefinition criterion, @Nullable CriterionSuggestion suggestion, Actions actions) {
        this.criterion = criterion;
        this.actions = actions;
        String id = criterion.id();
        addClassNames("card", "criterion-editor");
        setId("marking-criterion-" + id);

        H3 title = new H3(criterion.title());
        Span marks = new Span(getTranslation("marking.criterion.marks", criterion.marks()));
        marks.getElement().getThemeList().add("badge contrast");
        state.addClassName("criterion-state");
        state.setId("marking-state-" + id);
        Div heading = new Div(title, marks, state);
        heading.addClassName("criterion-heading");
        add(heading);

        Details guidance = new Details(getTranslation("marking.criterion.guidance"), guidanceText());
        guidance.addClassName("criterion-guidance");
        guidance.setId("marking-guidance-" + id);
        add(guidance);

        if (suggestion != null) {
            Button acceptButton = new Button(getTranslation("marking.accept"));
            acceptButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
            acceptButton.setId("marking-accept-" + id);
            acceptButton
                    .getElement()
                    .setAttribute("aria-label", getTranslation("marking.accept.label", criterion.title()));
            acceptButton.addClickListener(click -> actions.accept(id));
            accept = acceptButton;
            add(suggestionBox(suggestion, acceptButton));
        } else {
            accept = null;
        }

        level.setLabel(getTranslation("marking.level"));
        level.setItems(criterion.levels());
        level.setItemLabelGenerator(option -> option == null
                ? ""
                : getTranslation("marking.level.option", option.label(), option.minMarks(), option.maxMarks()));
        level.setRenderer(new ComponentRenderer<>(option -> {
            Span name = new Span(
                    getTranslation("marking.level.option", option.label(), option.minMarks(), option.maxMarks()));
            name.addClassName("level-option-name");
            Span descriptor = new Span(option.descriptor().strip());
            descriptor.addClassName("level-option-descriptor");
            Div item = new Div(name, descriptor);
            item.addClassName("level-option");
            return item;
        }));
        level.setPlaceholder(getTranslation("marking.level.choose"));
        level.setId("marking-level-" + id);
        level.addClassName("criterion-level");
        level.addValueChangeListener(change -> {
            showLevel(change.getValue());
            if (!filling) {
                save();
            }
        });

        mark.setLabel(getTranslation("marking.mark", criterion.marks()));
        mark.setMin(0);
        mark.setMax(criterion.marks());
        mark.setStepButtonsVisible(true);
        mark.setHelperText(getTranslation("marking.mark.help-no-level"));
        mark.setId("marking-mark-" + id);
        mark.addClassName("criterion-mark");
        mark.addValueChangeListener(change -> {
            if (!filling) {
                save();
            }
        });
        Div decision = new Div(level, mark);
        decision.addClassName("criterion-decision");
        add(decision);

        comment.setLabel(getTranslation("marking.comment"));
        comment.setMaxLength(GradingService.MAX_COMMENT);
        comment.setValueChangeMode(ValueChangeMode.TIMEOUT);
        comment.setValueChangeTimeout(1000);
        comment.setWidthFull();
        comment.setId("marking-comment-" + id);
        comment.addValueChangeListener(change -> {
            if (!filling) {
                saveComment();
            }
        });
        add(comment);

        bank.setLabel(getTranslation("marking.bank.insert"));
        bank.setPlaceholder(getTranslation("marking.bank.placeholder"));
        bank.setId("marking-bank-" + id);
        bank.addClassName("criterion-bank");
        // Read again whenever the field is entered, so a comment another marker saved a minute ago is offered too.
        bank.setItems(actions.bank(id));
        bank.addFocusListener(focus -> bank.setItems(actions.bank(id)));
        bank.addValueChangeListener(change -> {
            if (!filling && change.getValue() != null) {
                insert(change.getValue());
                bank.clear();
            }
        });
        saveToBank.setText(getTranslation("marking.bank.save"));
        saveToBank.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        saveToBank.setId("marking-bank-save-" + id);
        saveToBank.addClickListener(click -> {
            actions.saveToBank(id, comment.getValue());
            bank.setItems(actions.bank(id));
        });
        Div bankRow = new Div(bank, saveToBank);
        bankRow.addClassName("criterion-bank-row");
        add(bankRow);
    }

    String criterionId() {
        return criterion.id();
    }

    /** Fills the fields from the sheet's decision on this criterion (or clears them) without saving anything. */
    void show(@Nullable CriterionMark decision, boolean editable) {
        filling = true;
        try {
            LevelDefinition chosen = decision == null ? null : levelCalled(decision.level());
            level.setValue(chosen);
            showLevel(chosen);
            mark.setValue(decision == null ? null : decision.mark());
            mark.setInvalid(false);
            // The service keeps the comment trimmed: leave the field alone while it says the same, or the
            // marker's cursor would jump while they type.
            if (decision != null && !comment.getValue().strip().equals(decision.comment())) {
                comment.setValue(decision.comment());
            }
            level.setReadOnly(!editable);
            mark.setReadOnly(!editable);
            comment.setReadOnly(!editable);
            bank.setVisible(editable);
            saveToBank.setVisible(editable);
            if (accept != null) {
                accept.setEnabled(editable);
            }
            if (decision == null) {
                state.setText(getTranslation("marking.criterion.unmarked"));
                state.getElement().getThemeList().set("badge", true);
                state.getElement().getThemeList().set("success", false);
            } else {
                state.setText(
                        decision.followsSuggestion()
                                ? getTranslation("marking.criterion.accepted", decision.mark(), criterion.marks())
                                : getTranslation("marking.criterion.marked", decision.mark(), criterion.marks()));
                state.getElement().getThemeList().set("badge", true);
                state.getElement().getThemeList().set("success", true);
            }
        } finally {
            filling = false;
        }
    }

    /** Shows a refusal beside the mark: nothing was saved. */
    void refuse(String message) {
        mark.setErrorMessage(message);
        mark.setInvalid(true);
    }

    private void save() {
        LevelDefinition chosen = level.getValue();
        Integer given = mark.getValue();
        if (chosen == null) {
            if (given != null) {
                refuse(getTranslation("marking.mark.level-first"));
            }
            return;
        }
        if (given == null) {
            return;
        }
        String refusal = actions.mark(criterion.id(), chosen.label(), given, comment.getValue());
        if (refusal == null) {
            mark.setInvalid(false);
        } else if (!refusal.isEmpty()) {
            refuse(refusal);
        }
    }

    private void saveComment() {
        if (level.getValue() == null || mark.getValue() == null || mark.isInvalid()) {
            comment.setHelperText(getTranslation("marking.comment.pending"));
            return;
        }
        comment.setHelperText(null);
        save();
    }

    private void insert(String saved) {
        String current = comment.getValue().strip();
        comment.setValue(current.isEmpty() ? saved : current + "\n\n" + saved);
    }

    private void showLevel(@Nullable LevelDefinition chosen) {
        if (chosen == null) {
            level.setHelperText(null);
            mark.setHelperText(getTranslation("marking.mark.help-no-level"));
        } else {
            level.setHelperText(chosen.descriptor().strip());
            mark.setHelperText(getTranslation("marking.mark.help", chosen.minMarks(), chosen.maxMarks()));
        }
    }

    private @Nullable LevelDefinition levelCalled(String label) {
        return criterion.levels().stream()
                .filter(candidate -> candidate.label().equals(label))
                .findFirst()
                .orElse(null);
    }

    private Div guidanceText() {
        Div text = new Div();
        for (String paragraph : criterion.guidance().strip().split("\\n\\s*\\n")) {
            text.add(new Paragraph(paragraph.strip()));
        }
        return text;
    }

    private Div suggestionBox(CriterionSuggestion suggestion, Button acceptButton) {
        Div box = new Div();
        box.addClassName("suggestion");
        box.setId("marking-suggestion-" + criterion.id());
        H4 heading = new H4(getTranslation("marking.suggestion"));
        Span summary = new Span(getTranslation(
                "marking.suggestion.summary",
                suggestion.level(),
                suggestion.mark(),
                criterion.marks(),
                percent(suggestion.score())));
        summary.addClassName("suggestion-summary");
        Div top = new Div(heading, summary, acceptButton);
        top.addClassName("suggestion-top");
        box.add(top);
        for (AssessorResult result : suggestion.results()) {
            Div assessor = new Div();
            assessor.addClassName("suggestion-assessor");
            Span name = new Span(getTranslation(
                    "marking.suggestion.assessor",
                    MarkingLabels.assessor(this, result.assessor()),
                    percent(result.weight()),
                    percent(result.assessment().score())));
            name.addClassName("suggestion-assessor-name");
            assessor.add(name);
            if (result.assessment().ceiling() < 1) {
                // A serious error capped the criterion: the marker should see why the level is not higher.
                Span ceiling = new Span(getTranslation(
                        "marking.suggestion.ceiling",
                        percent(result.assessment().ceiling())));
                ceiling.getElement().getThemeList().add("badge error small");
                ceiling.addClassName("suggestion-ceiling");
                assessor.add(ceiling);
            }
            Div lines = new Div();
            lines.addClassName("evidence-lines");
            result.assessment().evidence().forEach(line -> lines.add(MarkingLabels.evidence(this, line)));
            assessor.add(lines);
            box.add(assessor);
        }
        return box;
    }

    private String percent(double fraction) {
        return NumberFormat.getPercentInstance(getLocale()).format(fraction);
    }
}
