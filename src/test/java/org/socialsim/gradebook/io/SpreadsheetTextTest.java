package org.socialsim.gradebook.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+44 20 7946 0000", "-5 marks", "@SUM(A1)", "\tindented", "\rreturn"})
    void text_a_spreadsheet_could_take_for_a_formula_gets_a_leading_apostrophe(String text) {
        assertThat(SpreadsheetText.safe(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Zoë", "李伟", "ليلى", "a=b", " =not first", "5-3"})
    void other_text_is_left_exactly_as_written(String text) {
        assertThat(SpreadsheetText.safe(text)).isEqualTo(text);
    }
}
