package org.socialsim.attempt.work;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts in a scenario's currency as a student reads them, the same on every step, chart and citation. */
public final class Money {

    private Money() {}

    /** Whole amounts without pence, others with: £5,000 or £12.50. For budgets and prices. */
    public static String format(double amount, String currencyCode, Locale locale) {
        boolean whole = Math.abs(amount - Math.rint(amount)) < 0.005;
        return format(amount, currencyCode, locale, whole ? 0 : 2);
    }

    /** Always with pence: £1,250.00. For results a student cites, which are rarely whole. */
    public static String exact(double amount, String currencyCode, Locale locale) {
        return format(amount, currencyCode, locale, 2);
    }

    private static String format(double amount, String currencyCode, Locale locale, int fractionDigits) {
        NumberFormat format;
        try {
            format = NumberFormat.getCurrencyInstance(locale);
            format.setCurrency(Currency.getInstance(currencyCode));
        } catch (IllegalArgumentException unknownCode) {
            // The scenario reader checks the code's shape, not that the JDK knows it; show the code then.
            format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(fractionDigits);
            format.setMaximumFractionDigits(fractionDigits);
            return currencyCode + " " + format.format(amount);
        }
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(amount);
    }
}
