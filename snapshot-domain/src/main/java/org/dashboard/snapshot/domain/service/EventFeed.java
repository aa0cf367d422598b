package org.dashboard.snapshot.domain.service;

import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The subscription of a stream's one subscriber: the build offers events as they settle, the feed queues them
 * and delivers them in order, as the subscriber demands, one signal at a time; {@link #close} completes the
 * stream after the queued events. Cancelling (or an illegal request of {@code n <= 0}) drops what is queued and
 * tells the build through {@code onCancel}.
 */
final class EventFeed implements Flow.Subscription {
    private final Flow.Subscriber<? super StreamEvent> subscriber;
    private final Runnable onCancel;
    private final Queue<StreamEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger work = new AtomicInteger();
    private volatile boolean closed;
    private volatile boolean cancelled;
    private volatile Throwable failure;
    /** Read and written by the draining thread only (the {@link #work} counter hands it over). */
    private boolean terminated;

    EventFeed(Flow.Subscriber<? super StreamEvent> subscriber, Runnable onCancel) {
        this.subscriber = Objects.requireNonNull(subscriber, "subscriber");
        this.onCancel = Objects.requireNonNull(onCancel, "onCancel");
    }

    /** Queues an event for delivery; false (and dropped) once the feed is closed or cancelled. */
    boolean offer(StreamEvent event) {
        Objects.requireNonNull(event, "event");
        synchronized (this) {
            if (closed || cancelled) {
                return false;
            }
            queue.add(event);
        }
        drain();
        return true;
    }

    /** Queues a last event and completes the stream after it; false when the feed was already closed. */
    boolean close(StreamEvent last) {
        synchronized (this) {
            if (closed || cancelled) {
                return false;
            }
            queue.add(last);
            closed = true;
        }
        drain();
        return true;
    }

    /** Ends the stream with an error instead of completing it (a failure of the build itself). */
    void fail(Throwable error) {
        synchronized (this) {
            if (closed || cancelled) {
                return;
            }
            failure = error;
            closed = true;
        }
        drain();
    }

    boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            failure = new IllegalArgumentException("a subscriber must request a positive number of events, got "
                    + n);
            cancelled = true;
            onCancel.run();
        } else {
            demand.getAndAccumulate(n, (current, more) -> current + more < 0 ? Long.MAX_VALUE : current + more);
        }
        drain();
    }

    @Override
    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            onCancel.run();
            drain();
        }
    }

    private void drain() {
        if (work.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            deliver();
            missed = work.addAndGet(-missed);
        } while (missed != 0);
    }

    private void deliver() {
        while (!terminated) {
            Throwable error = failure;
            if (error != null && (cancelled || queue.isEmpty())) {
                terminated = true;
                queue.clear();
                subscriber.onError(error);
                return;
            }
            if (cancelled) {
                terminated = true;
                queue.clear();
                return;
            }
            boolean done = closed;
            if (queue.isEmpty()) {
                if (done && error == null) {
                    terminated = true;
                    subscriber.onComplete();
                }
                return;
            }
            if (demand.get() == 0) {
                return;
            }
            StreamEvent next = queue.poll();
            demand.getAndUpdate(current -> current == Long.MAX_VALUE ? current : current - 1);
            subscriber.onNext(next);
        }
    }
}
