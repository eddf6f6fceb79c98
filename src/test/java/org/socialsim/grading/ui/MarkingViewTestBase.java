package org.socialsim.grading.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.socialsim.attempt.AttemptService;
import org.socialsim.grading.GradingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The base of the grading views' browserless tests: the services and the fixtures that set a submission up. */
abstract class MarkingViewTestBase extends SpringBrowserlessTest {

    @Autowired
    AttemptService attempts;

    @Autowired
    GradingService grading;

    @Autowired
    UserDetailsService users;

    MarkingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new MarkingFixtures(attempts, grading, users);
    }
}
