package org.dashboard.snapshot.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code quarkus-run.jar}) as a child process of the load test or the soak run: bound to
 * 127.0.0.1 on the given port, its output in a log file, awaited until {@code /q/health/ready} answers 200, and
 * stopped (terminated, then killed after 10 s). {@link #stop} may be called more than once.
 */
public final class PackagedService {
    private final Process process;
    private final long launched;
    private final String base;
    private final Path log;

    private PackagedService(Process process, long launched, String base, Path log) {
        this.process = process;
        this.launched = launched;
        this.base = base;
        this.log = log;
    }

    /**
     * Starts {@code java <jvmArgs> -Dquarkus.http.port=<port> -Dquarkus.http.host=127.0.0.1 <properties> -jar <jar>}.
     *
     * @param jvmArgs the JVM options, separated by white space
     * @param properties further {@code -D} options, each as written on the command line
     * @throws IllegalStateException if the jar is missing
     */
    public static PackagedService start(Path jar, String jvmArgs, int port, List<String> properties, Path log)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the service first");
        }
        long launched = System.nanoTime();
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(List.of(jvmArgs.trim().split("\\s+")));
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1"));
        command.addAll(properties);
        command.addAll(List.of("-jar", jar.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new PackagedService(process, launched, "http://127.0.0.1:" + port, log);
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String base() {
        return base;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code once the process has ended; empty while it runs. */
    public OptionalLong exitCode() {
        return process.isAlive() ? OptionalLong.empty() : OptionalLong.of(process.exitValue());
    }

    /**
     * Seconds from launch until {@code /q/health/ready} answers 200.
     *
     * @throws IllegalStateException if it does not within {@code limit}, or the process ends first
     */
    public double awaitReady(HttpClient client, Duration limit) throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                .timeout(Duration.ofSeconds(1)).GET().build();
        long deadline = launched + limit.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - launched) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the service was not ready within " + limit.toSeconds() + " s"
                + (process.isAlive() ? "" : " (it exited with " + process.exitValue() + ")") + "; see " + log);
    }

    /** The process's resident set size in KiB (VmRSS of /proc/<pid>/status); empty once it has ended. */
    public OptionalLong rssKb() {
        return rssKb(process.pid());
    }

    /** The resident set size in KiB of any process (VmRSS of /proc/<pid>/status); empty if unknown. */
    public static OptionalLong rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended, or there is no /proc
        }
        return OptionalLong.empty();
    }

    /** Terminates the service, then kills it if it has not ended within 10 s. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
