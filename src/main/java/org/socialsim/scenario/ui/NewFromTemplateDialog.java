package org.socialsim.scenario.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.socialsim.base.UserFacingException;
import org.socialsim.base.content.LibraryEntry;
import org.socialsim.base.content.SaveOutcome;
import org.socialsim.base.ui.Notifications;
import org.socialsim.base.ui.ProblemList;

/**
 * Starts a scenario or rubric from an existing one: choose the template (a shipped file or anything in the library),
 * give the new id and title, and the copy opens in the editor as its version 1.
 */
final class NewFromTemplateDialog extends Dialog {

    final ComboBox<LibraryEntry> template = new ComboBox<>();
    final TextField newId = new TextField();
    final TextField newTitle = new TextField();
    final Button create = new Button();
    final ProblemList problems = new ProblemList();

    private final LibrarySection.Kind kind;

    NewFromTemplateDialog(LibrarySection.Kind kind, List<LibraryEntry> entries, @Nullable LibraryEntry preselected) {
        this.kind = kind;
        setHeaderTitle(kind.newLabel());
        template.setLabel(getTranslation("library.new.template"));
        template.setItems(entries);
        template.setItemLabelGenerator(
                entry -> getTranslation("library.new.template-choice", entry.title(), entry.contentId()));
        template.setRequiredIndicatorVisible(true);
        if (preselected != null) {
            template.setValue(preselected);
        } else if (!entries.isEmpty()) {
            template.setValue(entries.getFirst());
        }
        newId.setLabel(getTranslation("library.new.id"));
        newId.setHelperText(getTranslation("library.new.id.help"));
        newId.setRequiredIndicatorVisible(true);
        newId.setPattern("[a-z0-9][a-z0-9-]{2,59}");
        newTitle.setLabel(getTranslation("library.new.title"));
        newTitle.setRequiredIndicatorVisible(true);
        newTitle.setMaxLength(120);
        FormLayout form = new FormLayout(template, newId, newTitle, problems);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        create.setText(getTranslation("library.new.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, create);
        setWidth("34rem");
    }

    private void create() {
        LibraryEntry chosen = template.getValue();
        if (chosen == null) {
            template.setErrorMessage(getTranslation("library.new.template.missing"));
            template.setInvalid(true);
            return;
        }
        if (newTitle.getValue().isBlank()) {
            newTitle.setErrorMessage(getTranslation("library.new.title.missing"));
            newTitle.setInvalid(true);
            return;
        }
        newTitle.setInvalid(false);
        newId.setInvalid(false);
        try {
            switch (kind.creator().create(chosen.contentId(), newId.getValue(), newTitle.getValue())) {
                case SaveOutcome.Saved(var version) -> {
                    close();
                    Notifications.success(getTranslation("library.new.created", version.contentId()));
                    UI.getCurrent().navigate(kind.editorPath() + "/" + version.contentId());
                }
                case SaveOutcome.Unchanged(var existing) -> {
                    close();
                    UI.getCurrent().navigate(kind.editorPath() + "/" + existing.contentId());
                }
                case SaveOutcome.Invalid(var found) -> problems.show(found);
                case SaveOutcome.Stale(var taken) -> {
                    newId.setErrorMessage(getTranslation("content.id.taken", taken.contentId()));
                    newId.setInvalid(true);
                }
            }
        } catch (UserFacingException refused) {
            newId.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            newId.setInvalid(true);
        }
    }
}
