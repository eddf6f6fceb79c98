package org.socialsim.account.ui;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;

/** Web security: Vaadin's configurer guards every route by its access annotation and signs in through the login view. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        // Track sessions (no limit on how many) so a password reset can end them; an ended session signs in again.
        http.sessionManagement(sessions ->
                sessions.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login"));
        // The login page needs the stylesheets before anyone has signed in; the chart element and its library are
        // public static files like them.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/components/**", "/webjars/**")
                .permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
