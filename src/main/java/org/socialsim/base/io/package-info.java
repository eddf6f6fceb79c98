/**
 * Reading course-content files safely: the located problems a reader reports and the result type
 * every reader returns. Plain Java, so the command line can use it without starting the app.
 */
@NullMarked
package org.socialsim.base.io;

import org.jspecify.annotations.NullMarked;
