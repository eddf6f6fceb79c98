/** What stored scenario and rubric versions share as rows: every column but the one holding their own id. */
@NullMarked
package org.socialsim.base.content.domain;

import org.jspecify.annotations.NullMarked;
