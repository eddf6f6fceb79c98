package org.socialsim.scenario.definition;

/** The social networks a scenario can use. YAML: {@code instagram}, {@code tiktok}, …, {@code x}. */
public enum Platform {
    INSTAGRAM,
    TIKTOK,
    FACEBOOK,
    LINKEDIN,
    X,
    YOUTUBE
}
