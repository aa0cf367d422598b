package org.dashboard.snapshot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A process's resident set size over a run: each {@link #sample} reads VmRSS from {@code /proc/<pid>/status} and
 * keeps it with the seconds since {@code startedNanos} (the soak run samples once a second, the load test every
 * 100 ms). Thread-safe.
 */
public final class RssSeries {
    private final long pid;
    private final long started;
    private final List<Sample> samples = new ArrayList<>();

    private record Sample(double seconds, long kb) {
    }

    public RssSeries(long pid, long startedNanos) {
        this.pid = pid;
        this.started = startedNanos;
    }

    /** Takes one sample now (none once the process has ended). */
    public void sample() {
        double seconds = (System.nanoTime() - started) / 1e9;
        PackagedService.rssKb(pid).ifPresent(kb -> {
            synchronized (samples) {
                samples.add(new Sample(seconds, kb));
            }
        });
    }

    /** The last sample taken at or before {@code seconds} (the first sample if none was); empty without samples. */
    public OptionalLong kbAt(double seconds) {
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
    public OptionalLong lastKb() {
        synchronized (samples) {
            return samples.isEmpty() ? OptionalLong.empty() : OptionalLong.of(samples.get(samples.size() - 1).kb());
        }
    }

    /** The largest sample; 0 without samples. */
    public long peakKb() {
        synchronized (samples) {
            return samples.stream().mapToLong(Sample::kb).max().orElse(0);
        }
    }

    public int size() {
        synchronized (samples) {
            return samples.size();
        }
    }
}
