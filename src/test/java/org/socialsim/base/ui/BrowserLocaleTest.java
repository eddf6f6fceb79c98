package org.socialsim.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BrowserLocaleTest {

    @Test
    void an_english_browser_keeps_its_own_date_format() {
        assertThat(BrowserLocale.localeFor(Locale.UK)).isEqualTo(Locale.UK);
        assertThat(BrowserLocale.localeFor(Locale.US)).isEqualTo(Locale.US);
        assertThat(BrowserLocale.localeFor(Locale.forLanguageTag("en-IE"))).isEqualTo(Locale.forLanguageTag("en-IE"));
    }

    @Test
    void other_languages_and_bare_english_get_british_formats_since_the_texts_are_english() {
        assertThat(BrowserLocale.localeFor(Locale.GERMANY)).isEqualTo(Locale.UK);
        assertThat(BrowserLocale.localeFor(Locale.ENGLISH)).isEqualTo(Locale.UK);
        assertThat(BrowserLocale.localeFor(null)).isEqualTo(Locale.UK);
    }
}
