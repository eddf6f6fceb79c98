package org.socialsim;

import java.util.Optional;
import org.socialsim.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts SocialSim. See the README for the run command and the configuration it reads. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    public static void main(String[] args) {
        Optional<Integer> commandExit = CommandLine.run(args, System.out, System.err);
        if (commandExit.isPresent()) {
            System.exit(commandExit.get());
        }
        SpringApplication.run(Application.class, args);
    }
}
