/**
 * JMH benchmarks of the simulation engine, compiled and run only with the Maven profile
 * {@code bench} (see docs/performance.md for the command and the latest numbers).
 */
@NullMarked
package org.socialsim.bench;

import org.jspecify.annotations.NullMarked;
