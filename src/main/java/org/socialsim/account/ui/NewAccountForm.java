package org.socialsim.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.socialsim.account.AccountService;
import org.socialsim.account.NewAccount;
import org.socialsim.account.Role;
import org.socialsim.base.UserFacingException;

/** The fields of a new account. It only collects input and shows refusals; the service decides what is valid. */
final class NewAccountForm extends FormLayout {

    final TextField displayName = new TextField();
    final TextField username = new TextField();
    final EmailField email = new EmailField();
    final Select<Role> role = new Select<>();
    final PasswordField initialPassword = new PasswordField();

    NewAccountForm() {
        displayName.setLabel(getTranslation("accounts.field.name"));
        displayName.setMaxLength(AccountService.MAX_DISPLAY_NAME);
        username.setLabel(getTranslation("accounts.field.username"));
        username.setHelperText(getTranslation("accounts.field.username.help"));
        username.setMaxLength(AccountService.MAX_USERNAME);
        email.setLabel(getTranslation("accounts.field.email"));
        email.setMaxLength(AccountService.MAX_EMAIL);
        role.setLabel(getTranslation("accounts.field.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(
                value -> getTranslation("role." + value.name().toLowerCase(Locale.ROOT)));
        role.setValue(Role.STUDENT);
        initialPassword.setLabel(getTranslation("accounts.field.password"));
        initialPassword.setHelperText(getTranslation("accounts.field.password.help"));
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {displayName, username, initialPassword}) {
            field.setRequiredIndicatorVisible(true);
        }
        add(displayName, username, email, role, initialPassword);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
    }

    NewAccount request() {
        return new NewAccount(
                username.getValue(),
                displayName.getValue(),
                email.getValue(),
                role.getValue() == null ? Role.STUDENT : role.getValue(),
                initialPassword.getValue());
    }

    /** Puts the service's refusal on the field it is about. */
    void show(UserFacingException refused, String message) {
        clearErrors();
        HasValidation field;
        String key = refused.messageKey();
        if (key.startsWith("account.username")) {
            field = username;
        } else if (key.startsWith("account.display-name")) {
            field = displayName;
        } else if (key.startsWith("account.email")) {
            field = email;
        } else {
            field = initialPassword;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    void clearErrors() {
        for (HasValidation field : new HasValidation[] {displayName, username, email, initialPassword}) {
            field.setInvalid(false);
        }
    }
}
