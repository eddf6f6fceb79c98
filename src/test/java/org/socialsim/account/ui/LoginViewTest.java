package org.socialsim.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.socialsim.SocialSimTest;
import org.socialsim.attempt.ui.StudentHomeView;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

@SocialSimTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void the_login_form_posts_to_spring_security_and_shows_the_demo_logins() {
        LoginView view = navigate(LoginView.class);

        LoginForm form = $(LoginForm.class).first();
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat($(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .anyMatch(text -> text.contains("student1") && text.contains("socialsim"));
        assertThat(view.getPageTitle()).isEqualTo("Sign in");
    }

    @Test
    @WithAnonymousUser
    void a_failed_sign_in_shows_the_error() {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));

        assertThat($(LoginForm.class).first().isError()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void a_signed_out_visitor_is_sent_to_the_login_page() {
        navigate("student", LoginView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithUserDetails("student2")
    void a_signed_in_user_opening_the_login_page_goes_home() {
        navigate("login", StudentHomeView.class);

        assertThat(getCurrentView()).isInstanceOf(StudentHomeView.class);
    }
}
