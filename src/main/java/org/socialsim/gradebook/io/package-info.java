/**
 * Reading roster files (CSV and .xlsx) into plain rows, with the limits that keep a hostile upload harmless. The only
 * place besides the gradebook export that uses Apache POI.
 */
@NullMarked
package org.socialsim.gradebook.io;

import org.jspecify.annotations.NullMarked;
