/** Roster import (issue 8 item 3) and, to come, the Excel gradebook export; Apache POI stays inside this feature. */
@NullMarked
package org.socialsim.gradebook;

import org.jspecify.annotations.NullMarked;
