package org.dashboard.snapshot.bench.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.dashboard.snapshot.bench.PackagedService;

/**
 * The service's resident set size over the run: {@link #sample} (called once a second) reads VmRSS from
 * {@code /proc/<pid>/status} and keeps it with the seconds since the traffic started. Thread-safe.
 */
final class RssSeries {
    private final long pid;
    private final long started;
    private final List<Sample> samples = new ArrayList<>();

    private record Sample(double seconds, long kb) {
    }

    RssSeries(long pid, long startedNanos) {
        this.pid = pid;
        this.started = startedNanos;
    }

    /** Takes one sample now (none once the process has ended). */
    void sample() {
        double seconds = (System.nanoTime() - started) / 1e9;
        PackagedService.rssKb(pid).ifPresent(kb -> {
            synchronized (samples) {
                samples.add(new Sample(seconds, kb));
            }
        });
    }

    /** The last sample taken at or before {@code seconds} (the first sample if none was); empty without samples. */
    OptionalLong kbAt(double seconds) {
        synchronized (samples) {
            OptionalLong found = samples.isEmpty() ? OptionalLong.empty() : OptionalLong.of(samples.get(0).kb());
            for (Sample sample : samples) {
                if (sample.seconds() <= seconds) {
                    found = OptionalLong.of(sample.kb());
                }
            }
            return found;
        }
    }

    /** The last sample; empty without samples. */
    OptionalLong lastKb() {
        synchronized (samples) {
            return samples.isEmpty() ? OptionalLong.empty() : OptionalLong.of(samples.get(samples.size() - 1).kb());
        }
    }

    /** The largest sample; 0 without samples. */
    long peakKb() {
        synchronized (samples) {
            return samples.stream().mapToLong(Sample::kb).max().orElse(0);
        }
    }

    int size() {
        synchronized (samples) {
            return samples.size();
        }
    }
}
