package org.socialsim.scenario.definition;

/** A closed interval {@code [min, max]}, written in YAML as a two-element list {@code [6, 12]}. */
public record Range(double min, double max) {

    public Range {
        if (min > max) {
            throw new IllegalArgumentException("range [" + min + ", " + max + "] has min above max");
        }
    }

    public double mid() {
        return (min + max) / 2;
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }
}
