package org.dashboard.snapshot.app.cache;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Redis that hangs: it accepts connections on a loopback port and never answers, so every command can only
 * time out. Points {@code quarkus.redis.hosts} at itself.
 */
public class SilentRedis implements QuarkusTestResourceLifecycleManager {
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private ServerSocket server;

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a loopback port for the silent Redis", e);
        }
        Thread acceptor = new Thread(this::acceptForever, "silent-redis");
        acceptor.setDaemon(true);
        acceptor.start();
        return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:" + server.getLocalPort());
    }

    private void acceptForever() {
        while (!server.isClosed()) {
            try {
                accepted.add(server.accept());
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void stop() {
        try {
            server.close();
            for (Socket socket : accepted) {
                socket.close();
            }
        } catch (IOException ignored) {
            // the test is over; nothing depends on a clean close
        }
    }
}
