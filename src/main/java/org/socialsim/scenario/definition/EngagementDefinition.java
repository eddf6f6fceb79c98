package org.socialsim.scenario.definition;

/** What an engagement rate divides interactions by; benchmarks differ mostly by this (benchmarks.md). */
public enum EngagementDefinition {
    PER_FOLLOWER,
    PER_REACH,
    PER_IMPRESSION
}
