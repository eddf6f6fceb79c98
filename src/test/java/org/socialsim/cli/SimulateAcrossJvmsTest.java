package org.socialsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replay on another JVM gives the same bytes: two fresh JVMs (fresh hash seeds, fresh JIT)
 * run {@code simulate} through the app's main class and print identical JSON, identical to this
 * JVM's too.
 */
class SimulateAcrossJvmsTest {

    @Test
    void two_separate_jvms_print_byte_identical_json(@TempDir Path dir) throws Exception {
        List<String> arguments = List.of(
                "simulate",
                "--scenario",
                SimulateCommandTest.SCENARIO,
                "--plan",
                SimulateCommandTest.PLAN,
                "--seed",
                "20261124",
                "--format",
                "json");

        byte[] first = runInNewJvm(arguments, dir.resolve("first.json"));
        byte[] second = runInNewJvm(arguments, dir.resolve("second.json"));
        String here = SimulateCommandTest.simulate(
                        arguments.subList(1, arguments.size()).toArray(String[]::new))
                .out();

        assertThat(first).isNotEmpty();
        assertThat(second).isEqualTo(first);
        assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(here);
    }

    private static byte[] runInNewJvm(List<String> arguments, Path output) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(
                List.of(java, "-cp", System.getProperty("java.class.path"), "org.socialsim.Application"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("the JVM finished")
                .isTrue();
        assertThat(process.exitValue()).isZero();
        return Files.readAllBytes(output);
    }
}
