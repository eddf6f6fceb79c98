/**
 * Commands the app jar runs without starting the web app ({@code java -jar socialsim.jar validate …},
 * {@code … simulate …}), so departments can lint scenarios and replay attempts in their own CI.
 */
@NullMarked
package org.socialsim.cli;

import org.jspecify.annotations.NullMarked;
