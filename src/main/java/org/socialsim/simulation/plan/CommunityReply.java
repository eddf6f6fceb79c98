package org.socialsim.simulation.plan;

import org.socialsim.scenario.definition.CommunityAction;

/**
 * What the student does with inbound messages. The engine draws the week's messages from the
 * scenario's templates independently of the plan, so their ids are stable once a week has run.
 *
 * @param message the id of one message the engine generated, or the id of a template to apply the
 *     same answer to every message from that template not answered individually
 * @param action what the student does
 * @param reply the reply text; empty for hide and ignore
 * @param responseHours hours between the message arriving and the answer, ≥ 0
 */
public record CommunityReply(String message, CommunityAction action, String reply, double responseHours) {}
