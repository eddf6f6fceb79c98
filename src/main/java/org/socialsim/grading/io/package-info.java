/** How suggestions and mark sheets are stored as JSON documents. */
@NullMarked
package org.socialsim.grading.io;

import org.jspecify.annotations.NullMarked;
