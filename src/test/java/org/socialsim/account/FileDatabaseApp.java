package org.socialsim.account;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.socialsim.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Starts the real app, web server included, on a file database in a folder of the test's, as an operator would. */
final class FileDatabaseApp {

    private FileDatabaseApp() {}

    static ConfigurableApplicationContext start(Path dataDir, String... extraProperties) {
        // Command-line arguments, as an operator would pass them: they override application.properties.
        List<String> arguments = new ArrayList<>(List.of("--socialsim.data-dir=" + dataDir, "--server.port=0"));
        for (String property : extraProperties) {
            arguments.add("--" + property);
        }
        return new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
    }

    /** Acts as the given account for the rest of the test thread, as a signed-in request would. */
    static void signInAs(ConfigurableApplicationContext app, String username) {
        UserDetails user = app.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user, user.getPassword(), user.getAuthorities()));
    }
}
