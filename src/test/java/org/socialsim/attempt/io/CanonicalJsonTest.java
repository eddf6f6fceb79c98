package org.socialsim.attempt.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.socialsim.scenario.definition.Platform;

class CanonicalJsonTest {

    record Week(
            int week,
            double reach,
            double engagementRate,
            @Nullable String note,
            Optional<Double> roas) {}

    record Run(
            String scenarioId, long seed, List<Week> weeks, Map<Platform, Double> reachByPlatform, List<Double> band) {}

    @Test
    void records_are_written_in_component_order_with_snake_case_keys_and_without_absent_values() {
        Run run = new Run(
                "brewhaven-cold-brew",
                42,
                List.of(new Week(1, 1200.0, 0.012345678912345, null, Optional.empty())),
                Map.of(Platform.TIKTOK, 10.0, Platform.INSTAGRAM, 20.5),
                List.of(0.1, 0.25));

        assertThat(CanonicalJson.write(run)).isEqualTo("""
                        {
                          "scenario_id": "brewhaven-cold-brew",
                          "seed": 42,
                          "weeks": [
                            {
                              "week": 1,
                              "reach": 1200,
                              "engagement_rate": 0.01234567891
                            }
                          ],
                          "reach_by_platform": {
                            "instagram": 20.5,
                            "tiktok": 10
                          },
                          "band": [0.1, 0.25]
                        }
                        """);
    }

    @Test
    void numbers_keep_ten_significant_digits_in_plain_decimal() {
        assertThat(CanonicalJson.number(1234567.891234)).isEqualTo("1234567.891");
        assertThat(CanonicalJson.number(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(CanonicalJson.number(-0.0)).isEqualTo("0");
        assertThat(CanonicalJson.number(1e-7)).isEqualTo("0.0000001");
        assertThat(CanonicalJson.number(3e12)).isEqualTo("3000000000000");
        assertThat(CanonicalJson.number(-2.5)).isEqualTo("-2.5");
    }

    @Test
    void a_last_bit_difference_does_not_change_the_text() {
        double value = 0.123456789;

        assertThat(CanonicalJson.number(Math.nextUp(value))).isEqualTo(CanonicalJson.number(value));
    }

    @Test
    void a_result_that_is_not_a_finite_number_is_refused() {
        assertThatThrownBy(() -> CanonicalJson.number(Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> CanonicalJson.write(List.of(Double.POSITIVE_INFINITY)))
                .hasMessageContaining("Infinity");
    }

    @Test
    void map_order_never_depends_on_hashing() {
        Map<String, Integer> inserted = new LinkedHashMap<>();
        inserted.put("zeta", 1);
        inserted.put("alpha", 2);
        Map<Platform, Integer> byEnum = new EnumMap<>(Platform.class);
        byEnum.put(Platform.YOUTUBE, 1);
        byEnum.put(Platform.INSTAGRAM, 2);

        assertThat(CanonicalJson.write(inserted)).isEqualTo("{\n  \"zeta\": 1,\n  \"alpha\": 2\n}\n");
        assertThat(CanonicalJson.write(Map.of("b", 1, "a", 2, "c", 3)))
                .isEqualTo("{\n  \"a\": 2,\n  \"b\": 1,\n  \"c\": 3\n}\n");
        assertThat(CanonicalJson.write(Map.copyOf(byEnum))).isEqualTo("{\n  \"instagram\": 2,\n  \"youtube\": 1\n}\n");
    }

    @Test
    void text_is_escaped_and_enums_are_lower_case() {
        assertThat(CanonicalJson.write(List.of("say \"hi\"\n\\", DayOfWeek.MONDAY, true)))
                .isEqualTo("[\"say \\\"hi\\\"\\n\\\\\", \"monday\", true]\n");
        assertThat(CanonicalJson.write("\u0001")).isEqualTo("\"\\u0001\"\n");
    }

    @Test
    void snake_case_matches_the_plan_files() {
        assertThat(CanonicalJson.snakeCase("medianResponseHours")).isEqualTo("median_response_hours");
        assertThat(CanonicalJson.snakeCase("ctr")).isEqualTo("ctr");
    }
}
