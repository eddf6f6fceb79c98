package org.socialsim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.socialsim.account.ui.LoginView;

/** The rules that keep SocialSim easy to change (DESIGN.md, STYLE.md), checked on every build. */
class ArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.socialsim");

    /**
     * What the engine may use: the JDK, Commons RNG/Math/Statistics, JSpecify's annotations, itself
     * and the plain definition records it is given.
     */
    static ArchRule plainJava(String packagePattern) {
        return classes()
                .that()
                .resideInAPackage(packagePattern)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "org.apache.commons.rng..",
                        "org.apache.commons.math3..",
                        "org.apache.commons.statistics..",
                        "org.apache.commons.numbers..",
                        "org.jspecify.annotations..",
                        "org.socialsim.scenario.definition..",
                        "org.socialsim.rubric.definition..",
                        packagePattern)
                .because("a simulation is a pure function of (scenario, decisions, seed) that any JVM can replay")
                .allowEmptyShould(true);
    }

    @Test
    void the_simulation_engine_depends_on_nothing_but_the_jdk_and_commons() {
        plainJava("org.socialsim.simulation..").check(APP);
    }

    @Test
    void scenario_and_rubric_definitions_are_plain_java_the_engine_can_depend_on() {
        plainJava("org.socialsim.scenario.definition..").check(APP);
        plainJava("org.socialsim.rubric.definition..").check(APP);
    }

    @Test
    void assessors_and_suggested_marks_are_plain_java_over_the_engine_and_the_students_work() {
        classes()
                .that()
                .resideInAPackage("org.socialsim.grading.assessment..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "org.apache.commons.math3..",
                        "org.apache.commons.statistics..",
                        "org.jspecify.annotations..",
                        "org.socialsim.scenario.definition..",
                        "org.socialsim.rubric.definition..",
                        "org.socialsim.simulation..",
                        "org.socialsim.attempt.work..",
                        "org.socialsim.grading.assessment..")
                .because("a suggested mark must replay from (rubric, scenario, work, seed) on any JVM")
                .check(APP);
    }

    @Test
    void agreement_and_mark_distributions_are_plain_statistics_over_the_rubric() {
        classes()
                .that()
                .resideInAPackage("org.socialsim.grading.agreement..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "org.apache.commons.math3..",
                        "org.apache.commons.statistics..",
                        "org.jspecify.annotations..",
                        "org.socialsim.rubric.definition..",
                        "org.socialsim.grading.agreement..")
                .because("every number in a moderation or cohort report must be checkable by hand, on any JVM")
                .check(APP);
    }

    @Test
    void the_purity_rule_catches_an_engine_that_imports_a_framework() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.socialsim.archfixture");
        EvaluationResult result =
                plainJava("org.socialsim.archfixture.simulation..").evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("org.springframework"));
    }

    @Test
    void vaadin_is_used_only_in_ui_packages() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .because("views stay thin and services stay testable without a UI")
                .check(APP);
    }

    @Test
    void views_never_touch_entities_or_repositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..domain..")
                .because("views take records from services; they never bind forms to JPA entities")
                .check(APP);
    }

    @Test
    void jpa_stays_in_domain_packages() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.persistence..")
                .check(APP);
    }

    @Test
    void spreadsheets_are_read_and_written_only_in_the_gradebook() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.socialsim.gradebook..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.poi..")
                .check(APP);
    }

    @Test
    void every_route_declares_who_may_open_it() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .orShould()
                .beAnnotatedWith(DenyAll.class)
                .check(APP);
    }

    @Test
    void only_the_login_page_is_open_to_anonymous_visitors() {
        classes()
                .that()
                .areAnnotatedWith(AnonymousAllowed.class)
                .should()
                .be(LoginView.class)
                .check(APP);
    }

    @Test
    void no_code_reads_the_wall_clock_or_global_randomness_directly() {
        noClasses()
                .should()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .orShould()
                .callMethod(java.time.ZonedDateTime.class, "now")
                .orShould()
                .callMethod(java.time.OffsetDateTime.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(Math.class, "random")
                .orShould()
                .callConstructor(java.util.Random.class)
                .orShould()
                .callMethod(java.util.concurrent.ThreadLocalRandom.class, "current")
                .because("time comes from the injected Clock and randomness from a seeded generator")
                .check(APP);
    }
}
