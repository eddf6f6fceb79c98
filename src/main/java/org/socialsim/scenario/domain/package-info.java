/** Stored scenario versions: immutable rows, one per distinct text of a scenario id. */
@NullMarked
package org.socialsim.scenario.domain;

import org.jspecify.annotations.NullMarked;
