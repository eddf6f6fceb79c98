package org.socialsim.grading.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialsim.grading.agreement.Agreement;
import org.socialsim.grading.agreement.Calibration;
import org.socialsim.grading.agreement.RatingPair;

/** The calibration verdicts as a tutor reads them, rendered from the shipped English bundle. */
class AgreementTextsTest {

    private static final Properties BUNDLE = new Properties();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = AgreementTextsTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            BUNDLE.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    private final AgreementTexts words = new AgreementTexts(
            (key, arguments) -> new MessageFormat(BUNDLE.getProperty(key), Locale.ENGLISH).format(arguments));

    private static Calibration.Verdict verdict(int[] tutor, int[] suggested) {
        List<RatingPair> pairs = IntStream.range(0, tutor.length)
                .mapToObj(i -> new RatingPair(tutor[i], suggested[i]))
                .toList();
        return new Calibration().verdict("content-plan", "Content plan", 4, pairs);
    }

    @Test
    void strong_agreement_tells_the_tutor_to_start_from_the_suggestions() {
        Calibration.Verdict verdict =
                verdict(new int[] {0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3}, new int[] {0, 0, 0, 3, 1, 1, 1, 2, 2, 2, 3, 3});

        assertThat(words.verdict(verdict, "Content plan"))
                .isEqualTo("The suggestions for “Content plan” agreed with your levels on 11 of 12 scripts (κ = 0.86):"
                        + " you can start from them.");
    }

    @Test
    void weak_agreement_tells_the_tutor_to_read_the_work_and_which_way_the_suggestions_lean() {
        Calibration.Verdict verdict =
                verdict(new int[] {0, 1, 1, 2, 2, 2, 3, 1, 0}, new int[] {0, 2, 0, 1, 1, 0, 3, 1, 2});

        assertThat(words.verdict(verdict, "Content plan"))
                .isEqualTo("The suggestions for “Content plan” agreed with your levels on 3 of 9 scripts (κ = 0.31):"
                        + " read the work before accepting. Where they differed, the suggestion was higher on 4 and"
                        + " lower on 2.");
    }

    @Test
    void too_few_scripts_say_how_many_more_are_needed() {
        Calibration.Verdict verdict = verdict(new int[] {0, 1}, new int[] {0, 1});

        assertThat(words.verdict(verdict, "Content plan"))
                .isEqualTo("Only 2 scripts marked for “Content plan” so far: too few to tell how far its suggestions"
                        + " can be trusted (at least 8 needed).");
    }

    @Test
    void numbers_without_a_kappa_say_why_and_never_show_nan() {
        Agreement none = Agreement.of(4, List.of());
        Agreement oneLevel = Agreement.of(4, List.of(new RatingPair(2, 2)));

        assertThat(words.kappa(none)).isEqualTo("no scripts yet");
        assertThat(words.share(none.exact(), none)).isEqualTo("–");
        assertThat(words.kappa(oneLevel)).isEqualTo("all at one level");
        assertThat(words.share(oneLevel.exact(), oneLevel)).isEqualTo("1 of 1 (100%)");
        assertThat(words.reading(oneLevel)).isEqualTo("–");
    }

    @Test
    void a_kappa_from_fewer_scripts_than_the_minimum_gets_no_landis_and_koch_word() {
        Agreement few = Agreement.of(4, List.of(new RatingPair(0, 0), new RatingPair(1, 1), new RatingPair(2, 2)));
        Agreement enough = Agreement.of(
                4,
                IntStream.range(0, 8)
                        .mapToObj(i -> new RatingPair(i % 4, i % 4))
                        .toList());

        assertThat(words.kappa(few)).isEqualTo("1.00");
        assertThat(words.reading(few)).isEqualTo("too few scripts (under 8)");
        assertThat(words.reading(enough)).isEqualTo("almost perfect");
    }
}
