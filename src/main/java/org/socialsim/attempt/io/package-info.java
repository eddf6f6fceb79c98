/**
 * Files of a student's work: the plan as YAML or JSON (the format the app stores and a tutor
 * downloads) and the canonical JSON of a simulation's results, byte-identical for the same
 * scenario, plan and seed on any JVM.
 */
@NullMarked
package org.socialsim.attempt.io;

import org.jspecify.annotations.NullMarked;
