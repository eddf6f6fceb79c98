package org.socialsim.grading.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KappaReadingTest {

    @Test
    void each_landis_and_koch_range_reads_as_its_word_at_both_ends() {
        assertThat(KappaReading.of(1.0)).isEqualTo(KappaReading.ALMOST_PERFECT);
        assertThat(KappaReading.of(0.81)).isEqualTo(KappaReading.ALMOST_PERFECT);
        assertThat(KappaReading.of(0.80)).isEqualTo(KappaReading.SUBSTANTIAL);
        assertThat(KappaReading.of(0.61)).isEqualTo(KappaReading.SUBSTANTIAL);
        assertThat(KappaReading.of(0.60)).isEqualTo(KappaReading.MODERATE);
        assertThat(KappaReading.of(0.41)).isEqualTo(KappaReading.MODERATE);
        assertThat(KappaReading.of(0.40)).isEqualTo(KappaReading.FAIR);
        assertThat(KappaReading.of(0.21)).isEqualTo(KappaReading.FAIR);
        assertThat(KappaReading.of(0.20)).isEqualTo(KappaReading.SLIGHT);
        assertThat(KappaReading.of(0.0)).isEqualTo(KappaReading.SLIGHT);
        assertThat(KappaReading.of(-0.01)).isEqualTo(KappaReading.POOR);
        assertThat(KappaReading.of(-1.0)).isEqualTo(KappaReading.POOR);
    }

    @Test
    void a_kappa_is_read_as_it_is_reported_to_two_decimals() {
        // Shown as 0.81, so read as almost perfect; shown as 0.80, so substantial.
        assertThat(KappaReading.of(0.805)).isEqualTo(KappaReading.ALMOST_PERFECT);
        assertThat(KappaReading.of(0.8049)).isEqualTo(KappaReading.SUBSTANTIAL);
        assertThat(KappaReading.of(0.2049)).isEqualTo(KappaReading.SLIGHT);
        assertThat(KappaReading.of(-0.004)).isEqualTo(KappaReading.SLIGHT);
    }

    @Test
    void a_kappa_that_is_not_a_number_is_refused() {
        assertThatThrownBy(() -> KappaReading.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
