/** Main layout, navigation, the error views and the app-wide error handler. */
@NullMarked
package org.socialsim.base.ui;

import org.jspecify.annotations.NullMarked;
