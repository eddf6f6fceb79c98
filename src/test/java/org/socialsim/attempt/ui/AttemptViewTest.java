package org.socialsim.attempt.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.socialsim.attempt.AttemptService;
import org.socialsim.attempt.domain.AttemptRepository;
import org.socialsim.grading.GradingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The base of the attempt views' browserless tests: the service and the fixtures that set an attempt up. */
abstract class AttemptViewTest extends SpringBrowserlessTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    AttemptRepository repository;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @Autowired
    GradingService grading;

    AttemptFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AttemptFixtures(attempts, repository, jdbc, entityManager, users, clock, grading);
    }
}
