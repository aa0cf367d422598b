package org.dashboard.snapshot.app.wiring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.dashboard.snapshot.domain.service.DataSnapshot;
import org.dashboard.snapshot.domain.service.SnapshotStreams;

/**
 * Wires the incremental snapshot stream: its own bounded thread pool ({@code snapshot.stream.threads}), shut
 * down with the application, and the gauge {@code snapshot_stream_builds_running} of the builds it runs.
 */
@Singleton
public class StreamWiring {
    private final AtomicInteger threadNumber = new AtomicInteger();
    private volatile ExecutorService pool;

    @Produces
    @Singleton
    @Startup // the gauge is on /q/metrics from the start, not from the first stream
    SnapshotStreams snapshotStreams(DataSnapshot dataSnapshot, SnapshotConfig config, MeterRegistry registry) {
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "snapshot-stream-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        pool = Executors.newFixedThreadPool(config.stream().threads(), threads);
        SnapshotStreams streams = new SnapshotStreams(dataSnapshot, pool, System::nanoTime);
        Gauge.builder("snapshot.stream.builds.running", streams, SnapshotStreams::running)
                .description("Incremental snapshot builds running: streaming, or superseded and still warming the cache")
                .register(registry);
        return streams;
    }

    @PreDestroy
    void stop() {
        ExecutorService running = pool;
        if (running != null) {
            running.shutdownNow();
        }
    }
}
