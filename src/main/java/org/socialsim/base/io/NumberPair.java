package org.socialsim.base.io;

/** A {@code [min, max]} pair as read from YAML, min ≤ max. */
public record NumberPair(double min, double max) {}
