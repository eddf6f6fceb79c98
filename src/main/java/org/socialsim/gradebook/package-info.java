/** Excel gradebook export and roster import with Apache POI (to come, issue 8). */
@NullMarked
package org.socialsim.gradebook;

import org.jspecify.annotations.NullMarked;
