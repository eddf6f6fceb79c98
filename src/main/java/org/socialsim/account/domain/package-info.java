/** Persistent accounts and cohorts. Only the account services touch these entities. */
@NullMarked
package org.socialsim.account.domain;

import org.jspecify.annotations.NullMarked;
