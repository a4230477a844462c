package app.settle.portal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The portal's production jar (built by {@code package}, Vaadin in production mode) started as its own process
 * with an embedded MariaDB in a fresh folder, the way {@code ./settle run} starts it. Lifecycle: {@link #start}
 * waits until the sign-in page answers; {@link #close} stops the process and the MariaDB it started.
 */
final class RunningPortal implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(4);

    private final Process process;
    private final int port;
    private final Path log;
    private Duration startup;

    private RunningPortal(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar with a fresh data folder {@code work/<name>} and the given plugin folder. */
    static RunningPortal start(String name, Path pluginsDir, String... extraArguments) {
        return launch(name, true, pluginsDir, extraArguments);
    }

    /** Starts the jar again on the data folder an earlier {@link #start} of the same name left. */
    static RunningPortal restart(String name, Path pluginsDir, String... extraArguments) {
        return launch(name, false, pluginsDir, extraArguments);
    }

    private static RunningPortal launch(String name, boolean fresh, Path pluginsDir, String... extraArguments) {
        Path work = Path.of(System.getProperty("settle.test.work", "target/it-work")).resolve(name);
        Path jar = Path.of(System.getProperty("settle.portal.jar", "target/portal-app.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The portal jar " + jar + " is missing: run the build's package phase first");
        }
        try {
            if (fresh) {
                deleteTree(work);
            }
            Files.createDirectories(work);
            Files.createDirectories(pluginsDir);
            int port = freePort();
            Path log = work.resolve("portal.log");
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx768m", "-jar", jar.toAbsolutePath().toString(),
                    "--server.port=" + port,
                    "--settle.database.data-dir=" + work.resolve("mariadb").toAbsolutePath(),
                    "--settle.plugins.dir=" + pluginsDir.toAbsolutePath()));
            command.addAll(List.of(extraArguments));
            long began = System.nanoTime();
            Process process = new ProcessBuilder(command).directory(work.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            RunningPortal portal = new RunningPortal(process, port, log);
            portal.awaitReady();
            portal.startup = Duration.ofNanos(System.nanoTime() - began);
            return portal;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Wall time from process start until the sign-in page answered. */
    Duration startup() {
        return startup;
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal exited with " + process.exitValue() + ":\n" + tail());
            }
            if (answers(url("login"))) {
                return;
            }
            sleep(200);
        }
        close();
        throw new IllegalStateException("The portal did not answer within " + STARTUP_LIMIT + ":\n" + tail());
    }

    private static boolean answers(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Waits until the portal's log has a line containing {@code text} (e.g. work done after start-up). */
    void awaitLog(String text, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Files.readString(log).contains(text)) {
                    return;
                }
            } catch (IOException notYet) {
                // the log is being written; read it again
            }
            sleep(250);
        }
        throw new IllegalStateException("The portal's log never said \"" + text + "\" within " + limit + ":\n" + tail());
    }

    /** The last lines of the portal's log, for failure messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
