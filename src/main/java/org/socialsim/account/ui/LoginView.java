package org.socialsim.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.socialsim.account.FirstStart;
import org.socialsim.base.SocialSimProperties;

/** Sign-in. Spring Security handles the form post; this view shows the form, the failure and, in demo mode, the logins. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public final class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;

    LoginView(AuthenticationContext authentication, SocialSimProperties properties) {
        this.authentication = authentication;
        addClassName("login-view");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());

        Div card = new Div();
        card.addClassName("login-card");
        H1 brand = new H1("SocialSim");
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");
        Paragraph forgotten = new Paragraph(getTranslation("login.forgotten"));
        forgotten.addClassName("login-note");
        card.add(brand, tagline, form, forgotten);
        if (properties.demo()) {
            Paragraph demo = new Paragraph(getTranslation("login.demo", FirstStart.DEMO_PASSWORD));
            demo.addClassName("login-demo");
            card.add(demo);
        }
        add(card);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.failed.title"));
        error.setMessage(getTranslation("login.failed.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
