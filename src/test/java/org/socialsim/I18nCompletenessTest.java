package org.socialsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.socialsim.account.Role;
import org.socialsim.attempt.AttemptKeys;
import org.socialsim.attempt.AttemptStatus;
import org.socialsim.attempt.ui.AttemptStep;
import org.socialsim.attempt.work.PlanFreeze;
import org.socialsim.attempt.work.SevenP;
import org.socialsim.attempt.work.SubmissionChecklist;
import org.socialsim.scenario.definition.Channel;
import org.socialsim.scenario.definition.CommunityAction;
import org.socialsim.scenario.definition.CrisisKind;
import org.socialsim.scenario.definition.Format;
import org.socialsim.scenario.definition.FunnelStage;
import org.socialsim.scenario.definition.MessageKind;
import org.socialsim.scenario.definition.ObjectiveKind;
import org.socialsim.scenario.definition.Pillar;
import org.socialsim.scenario.definition.Platform;
import org.socialsim.simulation.plan.AdObjective;
import org.socialsim.simulation.plan.BidStrategy;
import org.socialsim.simulation.plan.CallToAction;
import org.socialsim.simulation.plan.CrisisStrategy;
import org.socialsim.simulation.plan.Kpi;

/** Every text a person reads exists in every bundled language; a missing key would show as "!{key}!" on screen. */
class I18nCompletenessTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");

    /**
     * Literal keys: getTranslation("..."), UserFacingException.because("..."), the error handler's new Message("..."),
     * and @Menu(title = "..."). Keys built at
     * run time ("role." + name) are checked on their own below.
     */
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation|because|Message)\\(\\s*\"([a-z0-9.-]+)\"\\s*[,)]|title = \"([a-z0-9.-]+)\"");

    @Test
    void every_key_the_code_uses_is_in_the_default_bundle() throws IOException {
        Properties defaults = load(BUNDLES.resolve("translations.properties"));

        Set<String> missing = new TreeSet<>();
        for (String key : keysUsedInSources()) {
            if (!defaults.containsKey(key)) {
                missing.add(key);
            }
        }
        for (Role role : Role.values()) {
            String key = "role." + role.name().toLowerCase(Locale.ROOT);
            if (!defaults.containsKey(key)) {
                missing.add(key);
            }
        }
        for (String key : keysBuiltFromEnums()) {
            if (!defaults.containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(missing)
                .as("keys used in code but missing from translations.properties")
                .isEmpty();
    }

    @Test
    void the_source_scan_finds_the_keys_it_should() throws IOException {
        // Guards the guard: if the pattern stopped matching, the test above would pass vacuously.
        assertThat(keysUsedInSources()).contains("login.title", "account.username.taken", "nav.accounts");
    }

    @Test
    void every_message_in_the_bundle_is_used_so_none_goes_stale() throws IOException {
        Set<String> used = keysUsedInSources();
        Set<String> unused = new TreeSet<>();
        for (Object key : load(BUNDLES.resolve("translations.properties")).keySet()) {
            String name = (String) key;
            // Keys built at run time: "role." + the role's name.
            if (!used.contains(name)
                    && !name.startsWith("role.")
                    && !keysBuiltFromEnums().contains(name)) {
                unused.add(name);
            }
        }
        assertThat(unused)
                .as("keys in translations.properties that no code uses")
                .isEmpty();
    }

    @Test
    void every_other_bundled_language_has_exactly_the_default_keys() throws IOException {
        // Only English ships today; a translations_xx.properties added later is held to the same keys.
        Set<Object> expected = load(BUNDLES.resolve("translations.properties")).keySet();
        try (Stream<Path> bundles = Files.list(BUNDLES)) {
            for (Path bundle : bundles.filter(
                            path -> path.getFileName().toString().startsWith("translations_"))
                    .toList()) {
                assertThat(load(bundle).keySet()).as(bundle.toString()).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    /**
     * Keys built at run time from enum constants: labels ({@link AttemptKeys#label}) and the attempt's refusals
     * ({@code "attempt.frozen." + kebab(part)}, {@code "attempt.gap." + kebab(kind)}). Every constant must have one.
     */
    private static Set<String> keysBuiltFromEnums() {
        Set<String> keys = new TreeSet<>();
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(
                Platform.class,
                Format.class,
                Pillar.class,
                FunnelStage.class,
                CallToAction.class,
                Kpi.class,
                CommunityAction.class,
                CrisisStrategy.class,
                AdObjective.class,
                BidStrategy.class,
                MessageKind.class,
                Channel.class,
                ObjectiveKind.class,
                CrisisKind.class,
                SevenP.class,
                AttemptStatus.class,
                DayOfWeek.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                keys.add(AttemptKeys.label(constant));
            }
        }
        for (PlanFreeze.Part part : PlanFreeze.Part.values()) {
            keys.add("attempt.frozen." + AttemptKeys.kebab(part));
        }
        for (AttemptStep step : AttemptStep.values()) {
            keys.add(step.titleKey());
        }
        for (SubmissionChecklist.Kind kind : SubmissionChecklist.Kind.values()) {
            keys.add("attempt.gap." + AttemptKeys.kebab(kind));
        }
        return keys;
    }

    private static Set<String> keysUsedInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_USE.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        return keys;
    }

    private static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(bundle)) {
            properties.load(in);
        }
        return properties;
    }
}
