/** The app shell shared by every feature: configuration, the clock, user-facing errors. */
@NullMarked
package org.socialsim.base;

import org.jspecify.annotations.NullMarked;
