package org.socialsim.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Service-level security: {@code @PreAuthorize} rules hold whether or not a view checked first. JSR-250 is left off on
 * purpose: views carry {@code @RolesAllowed} for Vaadin's navigation check, and Spring must not proxy views.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class AccountConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
