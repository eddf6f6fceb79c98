package org.socialsim.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.MessageTemplate;
import org.socialsim.scenario.definition.ReplyQuality;

class ReplyTextTest {

    private final MessageTemplate complaint = Scenarios.coldBrew().community().get(0);

    @Test
    void a_reply_that_apologises_personally_and_resolves_scores_high() {
        assertThat(ReplyText.score(
                        "Hi Sam, we're so sorry your order was late. We'll send a replacement today.", complaint))
                .isGreaterThan(0.9);
    }

    @Test
    void a_discount_code_in_a_complaint_thread_reads_as_an_advert() {
        String apology = "Hi Sam, we're so sorry your order was late. We'll send a replacement today.";
        assertThat(ReplyText.score(apology + " Use code SAVE10 for 10% off!", complaint))
                .isLessThan(ReplyText.score(apology, complaint));
        assertThat(ReplyText.overPromotes("shop now and get a discount")).isTrue();
    }

    @Test
    void an_empty_or_curt_reply_scores_low() {
        assertThat(ReplyText.score("", complaint)).isZero();
        assertThat(ReplyText.score("ok", complaint)).isLessThan(0.3);
    }

    @Test
    void the_cues_find_what_a_good_reply_does() {
        assertThat(ReplyText.shows("we're sorry", ReplyQuality.APOLOGISE, complaint))
                .isTrue();
        assertThat(ReplyText.shows("hi sam, thanks", ReplyQuality.PERSONALISE, complaint))
                .isTrue();
        assertThat(ReplyText.shows("to be clear, it is not true", ReplyQuality.CORRECT_FACTS, complaint))
                .isTrue();
        assertThat(ReplyText.shows("you idiots!!", ReplyQuality.STAY_CALM, complaint))
                .isFalse();
    }
}
