package org.socialsim.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BaseConfiguration {

    /** One clock for the whole app, so tests can fix time instead of sleeping. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
