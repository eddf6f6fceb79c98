package org.socialsim.account.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.shared.Registration;
import org.socialsim.account.NewAccount;
import org.socialsim.base.UserFacingException;

/**
 * Asks for a new account's details and reports "create" as an event; whoever listens decides, and either closes the
 * dialog or hands back the refusal to show on its field. The input survives a refusal.
 */
final class NewAccountDialog extends Dialog {

    final NewAccountForm form = new NewAccountForm();
    final Button create = new Button();

    NewAccountDialog() {
        setHeaderTitle(getTranslation("accounts.new"));
        add(form);
        create.setText(getTranslation("accounts.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> fireEvent(new CreateRequested(this, form.request())));
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), create);
        setWidth("min(40rem, 95vw)");
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                form.displayName.focus();
            }
        });
    }

    void refuse(UserFacingException refused) {
        form.show(refused, getTranslation(refused.messageKey(), refused.arguments()));
    }

    Registration addCreateListener(ComponentEventListener<CreateRequested> listener) {
        return addListener(CreateRequested.class, listener);
    }

    /** The administrator asked to create the account described by {@link #request()}. */
    static final class CreateRequested extends ComponentEvent<NewAccountDialog> {

        private final NewAccount request;

        CreateRequested(NewAccountDialog source, NewAccount request) {
            super(source, false);
            this.request = request;
        }

        NewAccount request() {
            return request;
        }
    }
}
