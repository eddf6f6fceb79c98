package org.socialsim.base.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the scenario and rubric files are read from at startup.
 *
 * @param contentDir the folder holding {@code scenarios/} and {@code rubrics/} ({@code socialsim.content-dir},
 *     {@code SOCIALSIM_CONTENT_DIR}); by default the working directory. When a folder is absent the copies packaged
 *     in the app are read instead.
 */
@ConfigurationProperties("socialsim")
public record ContentProperties(@DefaultValue(".") String contentDir) {}
