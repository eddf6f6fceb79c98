package org.socialsim.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.socialsim.account.AccountService;
import org.socialsim.base.UserFacingException;
import org.socialsim.base.ui.MainLayout;
import org.socialsim.base.ui.Notifications;

/** Every signed-in user changes their own password here; after an administrator's reset they are sent here first. */
@Route(value = MainLayout.CHANGE_PASSWORD_PATH, layout = MainLayout.class)
@PermitAll
public final class ChangePasswordView extends Main implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField chosen = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button save = new Button();

    private final AccountService accountService;

    ChangePasswordView(AccountService accountService) {
        this.accountService = accountService;
        addClassName("narrow-view");

        if (accountService.mustChangeOwnPassword()) {
            Paragraph reason = new Paragraph(getTranslation("password.must-change"));
            reason.addClassName("callout");
            add(reason);
        }
        current.setLabel(getTranslation("password.current"));
        chosen.setLabel(getTranslation("password.new"));
        chosen.setHelperText(getTranslation("password.new.help"));
        repeated.setLabel(getTranslation("password.repeat"));
        for (PasswordField field : new PasswordField[] {current, chosen, repeated}) {
            field.setRequiredIndicatorVisible(true);
            field.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        }
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        chosen.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeated.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);

        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save());

        FormLayout form = new FormLayout(current, chosen, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, save);
    }

    private void save() {
        clearErrors();
        if (!chosen.getValue().equals(repeated.getValue())) {
            repeated.setInvalid(true);
            repeated.setErrorMessage(getTranslation("password.mismatch"));
            return;
        }
        try {
            accountService.changeOwnPassword(current.getValue(), chosen.getValue());
        } catch (UserFacingException refused) {
            PasswordField culprit = refused.messageKey().equals("account.password.current-wrong") ? current : chosen;
            culprit.setInvalid(true);
            culprit.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        current.clear();
        chosen.clear();
        repeated.clear();
        Notifications.success(getTranslation("password.changed"));
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    private void clearErrors() {
        for (PasswordField field : new PasswordField[] {current, chosen, repeated}) {
            field.setInvalid(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.page-title");
    }
}
