package org.dashboard.snapshot.bench.soak;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A {@code redis-server} child process of the soak run (Debian's binary on the PATH) on 127.0.0.1 at a fixed port,
 * without persistence ({@code --save '' --appendonly no}), so a restart empties it. Its output is appended to a log
 * file. It can be killed and started again on the same port; {@link #close} kills it and may be called more than
 * once.
 */
final class RedisServer implements AutoCloseable {
    private static final long START_LIMIT_MS = 5_000;

    private final int port;
    private final Path log;
    private volatile Process process;

    private RedisServer(int port, Path log) {
        this.port = port;
        this.log = log;
    }

    /**
     * Starts a server on {@code port} and waits until it answers {@code PING}.
     *
     * @throws IllegalStateException if it does not within 5 s (a taken port, or no redis-server)
     */
    static RedisServer start(int port, Path log) throws IOException, InterruptedException {
        RedisServer redis = new RedisServer(port, log);
        redis.start();
        return redis;
    }

    int port() {
        return port;
    }

    /** Starts the server again (after {@link #kill}) on the same port and waits until it answers. */
    synchronized void start() throws IOException, InterruptedException {
        List<String> command = List.of("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no");
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException missing) {
            throw new IllegalStateException("the soak run needs redis-server on the PATH (Debian's redis-server "
                    + "package)", missing);
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(START_LIMIT_MS);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if ("+PONG".equals(command("PING"))) {
                return;
            }
            Thread.sleep(20);
        }
        kill();
        throw new IllegalStateException("redis-server did not answer on 127.0.0.1:" + port + " within "
                + START_LIMIT_MS + " ms; see " + log);
    }

    /** Kills the server (SIGKILL, as a crash would) and waits for it to end. */
    synchronized void kill() throws InterruptedException {
        Process running = process;
        if (running != null && running.isAlive()) {
            running.destroyForcibly();
            running.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** The number of keys ({@code DBSIZE}); empty while the server does not answer. */
    OptionalLong keys() {
        String reply = command("DBSIZE");
        return reply != null && reply.startsWith(":") ? OptionalLong.of(Long.parseLong(reply.substring(1)))
                : OptionalLong.empty();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    /** Sends one inline command and returns the first line of the reply, or null if the server does not answer. */
    private String command(String command) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        } catch (IOException notAnswering) {
            return null;
        }
    }
}
