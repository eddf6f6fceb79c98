package org.socialsim.attempt.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Says that another tab or window changed the attempt and offers to load the latest version. */
final class ChangedElsewhereDialog extends Dialog {

    ChangedElsewhereDialog(String message) {
        setHeaderTitle(getTranslation("attempt.changed-elsewhere.title"));
        add(new Paragraph(message));
        Button reload = new Button(
                getTranslation("attempt.changed-elsewhere.reload"),
                click -> UI.getCurrent().getPage().reload());
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button(getTranslation("attempt.changed-elsewhere.stay"), click -> close());
        getFooter().add(keep, reload);
        setCloseOnOutsideClick(false);
    }
}
