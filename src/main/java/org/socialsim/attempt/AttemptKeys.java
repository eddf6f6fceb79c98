package org.socialsim.attempt;

import java.util.Locale;

/**
 * Translation keys built from enum constants: {@code "enum.platform." + kebab(Platform.INSTAGRAM)} is
 * {@code enum.platform.instagram}. I18nCompletenessTest checks that every constant of these enums has its key.
 */
public final class AttemptKeys {

    private AttemptKeys() {}

    /** {@code SHORT_VIDEO} → {@code short-video}. */
    public static String kebab(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code enum.<type in kebab case>.<constant in kebab case>}, e.g. {@code enum.funnel-stage.awareness}. */
    public static String label(Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2");
        return "enum." + type.toLowerCase(Locale.ROOT) + "." + kebab(value);
    }
}
