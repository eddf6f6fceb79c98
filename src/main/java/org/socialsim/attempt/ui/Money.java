package org.socialsim.attempt.ui;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts in a scenario's currency as a student reads them: £5,000 or £12.50. */
final class Money {

    private Money() {}

    static String format(double amount, String currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        boolean whole = Math.abs(amount - Math.rint(amount)) < 0.005;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : 2);
        return format.format(amount);
    }
}
