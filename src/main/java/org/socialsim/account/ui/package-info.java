/** Login, password and the administration views for accounts and cohorts; the security setup of the web layer. */
@NullMarked
package org.socialsim.account.ui;

import org.jspecify.annotations.NullMarked;
