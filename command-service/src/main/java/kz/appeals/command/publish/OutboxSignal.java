package kz.appeals.command.publish;

import java.time.Duration;

import org.springframework.stereotype.Component;

/** Wakes the relay when a transaction that appended events has committed, so publishing does not wait for a poll. */
@Component
public class OutboxSignal {

    private boolean pending;

    public synchronized void eventsCommitted() {
        pending = true;
        notifyAll();
    }

    /** Waits until events were committed or {@code timeout} passed; clears the signal. */
    synchronized void await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        pending = false;
    }
}
