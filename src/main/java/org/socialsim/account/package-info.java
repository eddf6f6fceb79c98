/** Users, roles and cohorts: who may sign in and who may see whose work. */
@NullMarked
package org.socialsim.account;

import org.jspecify.annotations.NullMarked;
