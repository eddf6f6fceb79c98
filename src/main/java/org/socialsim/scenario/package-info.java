/**
 * The scenario library: scenario files and browser edits stored as immutable versions, identified by their content,
 * for tutors and administrators to author, preview and assign.
 */
@NullMarked
package org.socialsim.scenario;

import org.jspecify.annotations.NullMarked;
