/**
 * SocialSim: a social media marketing simulator that grades coursework. Each sub-package is one feature; its root
 * holds the feature's API, {@code domain} its entities, {@code ui} its views and {@code io} its file readers.
 */
@NullMarked
package org.socialsim;

import org.jspecify.annotations.NullMarked;
