package org.socialsim.scenario.definition;

/**
 * How a segment moves from seeing content to converting.
 *
 * @param clickPropensity multiplier on a platform's click-through rate, in [0, 5] (1 = average)
 * @param conversionRate share of clicks that convert (buy, sign up, become a lead), a fraction in
 *     [0, 1]
 * @param conversionValue revenue or pipeline value of one conversion in the scenario's currency, in
 *     [0, 1,000,000]
 * @param repeatRate share of converted customers who come back within the scenario, a fraction in
 *     [0, 1]; feeds loyalty content and retention
 */
public record FunnelBehaviour(
        double clickPropensity, double conversionRate, double conversionValue, double repeatRate) {}
