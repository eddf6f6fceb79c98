/** The gradebook's views: the roster import. */
@NullMarked
package org.socialsim.gradebook.ui;

import org.jspecify.annotations.NullMarked;
