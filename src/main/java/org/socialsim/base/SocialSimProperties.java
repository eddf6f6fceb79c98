package org.socialsim.base;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings an operator changes, all under {@code socialsim.*} (or {@code SOCIALSIM_*} in the environment).
 *
 * @param dataDir the folder that holds the H2 database files
 * @param demo whether an empty database is filled with the demo accounts listed in the README
 * @param admin the first administrator, created on the first start of a database without demo data
 * @param demoSubmissions whether the demo data also holds two submitted attempts waiting to be marked (the demo
 *     profile turns it on; tests leave it off so every test starts from unmarked, unstarted attempts)
 */
@ConfigurationProperties("socialsim")
public record SocialSimProperties(
        @DefaultValue("./data") String dataDir,
        @DefaultValue("false") boolean demo,
        @DefaultValue Admin admin,
        @DefaultValue("false") boolean demoSubmissions) {

    /**
     * @param username login name of the first administrator
     * @param password its password; required on the first start without demo data, never defaulted
     */
    public record Admin(
            @DefaultValue("admin") String username,
            @Nullable String password) {}
}
