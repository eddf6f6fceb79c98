/** Roster import (issue 8 item 3) and the Excel gradebook export (item 1); Apache POI stays inside this feature. */
@NullMarked
package org.socialsim.gradebook;

import org.jspecify.annotations.NullMarked;
