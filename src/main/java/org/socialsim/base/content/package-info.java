/**
 * What scenarios and rubrics share as versioned course content: how a text's identity (its content hash) is worked
 * out, where the shipped files are read from, and the records the libraries and editors exchange.
 */
@NullMarked
package org.socialsim.base.content;

import org.jspecify.annotations.NullMarked;
