package org.socialsim.e2e;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The packaged jar, started the way the README's run command starts it (demo profile), on a free port and a fresh
 * data folder. End-to-end tests talk to it over HTTP like any browser would.
 */
final class PackagedApp implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static PackagedApp startDemo() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("socialsim.jar", "target/socialsim.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    "No packaged app at " + jar + ": run the tests through Maven's verify phase");
        }
        int port = freePort();
        Path dataDir = Files.createTempDirectory("socialsim-e2e-data");
        Path log = Files.createTempFile("socialsim-e2e", ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-jar",
                        jar.toString(),
                        "--spring.profiles.active=demo",
                        "--server.port=" + port,
                        "--socialsim.data-dir=" + dataDir))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        PackagedApp app = new PackagedApp(process, port, log);
        app.awaitLoginPage();
        return app;
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private void awaitLoginPage() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped during startup:\n" + Files.readString(log));
            }
            try {
                HttpURLConnection connection =
                        (HttpURLConnection) URI.create(url("login")).toURL().openConnection();
                connection.setConnectTimeout(1000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException(
                "The app did not serve /login within " + STARTUP_LIMIT + ":\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
