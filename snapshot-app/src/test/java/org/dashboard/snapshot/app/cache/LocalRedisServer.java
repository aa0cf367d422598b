package org.dashboard.snapshot.app.cache;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The Redis of the Redis cache tests, on 127.0.0.1:6390 (loopback only, no persistence): reused when one already
 * answers there (as {@code .ci/run} starts it), otherwise started from the {@code redis-server} of Debian's
 * {@code redis-server} package for the tests that need it and stopped after them, so {@code ./mvnw verify} needs
 * nothing started by hand.
 */
public class LocalRedisServer implements QuarkusTestResourceLifecycleManager {
    static final int PORT = 6390;

    private Process process;

    @Override
    public Map<String, String> start() {
        if (answersPing()) {
            return Map.of();
        }
        try {
            process = new ProcessBuilder(List.of("redis-server", "--port", String.valueOf(PORT), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException notInstalled) {
            throw new IllegalStateException("the Redis cache tests need redis-server on the PATH "
                    + "(Debian: apt-get install redis-server), or a Redis on 127.0.0.1:" + PORT, notInstalled);
        }
        for (int attempt = 0; attempt < 100; attempt++) {
            if (answersPing()) {
                return Map.of();
            }
            sleep();
        }
        stop();
        throw new IllegalStateException("redis-server did not answer on 127.0.0.1:" + PORT);
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            process = null;
        }
    }

    private static boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", PORT), 200);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = new byte[7];
            int read = in.readNBytes(reply, 0, reply.length);
            return new String(reply, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException closed) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for redis-server", e);
        }
    }
}
