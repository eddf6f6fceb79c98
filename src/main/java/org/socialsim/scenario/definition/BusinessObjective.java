package org.socialsim.scenario.definition;

/**
 * A business objective the brand has set; students link their SMART objectives to these.
 *
 * @param id unique within the scenario, lower-case letters, digits and hyphens (1..40)
 * @param kind the outcome it is about
 * @param description what the business wants, in its words (1..300 characters)
 */
public record BusinessObjective(String id, ObjectiveKind kind, String description) {}
