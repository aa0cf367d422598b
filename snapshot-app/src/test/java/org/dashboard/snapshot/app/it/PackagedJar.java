package org.dashboard.snapshot.app.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged fast-jar ({@code target/quarkus-app/quarkus-run.jar}) started as its own process on a free port
 * with the given system properties, its log read until it listens.
 */
final class PackagedJar implements AutoCloseable {
    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");

    private final Process process;
    private final int port;

    private PackagedJar(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the jar and waits until it listens (the process ending first fails with its log). */
    static PackagedJar start(String... properties) throws IOException {
        Process process = launch(properties);
        StringBuilder log = new StringBuilder();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            log.append(line).append('\n');
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        lines.lines().forEach(ignored -> { });
                    } catch (java.io.UncheckedIOException closedOnStop) {
                        // the process was stopped: nothing left to read
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return new PackagedJar(process, Integer.parseInt(listening.group(1)));
            }
        }
        throw new AssertionError("the service stopped before listening:\n" + log);
    }

    /** Starts the jar without waiting for anything. */
    static Process launch(String... properties) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new AssertionError("package the application first: " + JAR.toAbsolutePath());
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dquarkus.http.port=0");
        command.addAll(List.of(properties));
        command.add("-jar");
        command.add(JAR.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
