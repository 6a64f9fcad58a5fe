package kz.appeals.command;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves by hand: the service's "now" (business dates and the deadline scheduler) follows it. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant now) {
        this.now = now;
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
