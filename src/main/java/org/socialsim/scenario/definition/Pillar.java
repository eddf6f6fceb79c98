package org.socialsim.scenario.definition;

/** Content pillars: what a post is for, in the course's terms. */
public enum Pillar {
    EDUCATIONAL,
    ENTERTAINING,
    PROMOTIONAL,
    USER_GENERATED
}
