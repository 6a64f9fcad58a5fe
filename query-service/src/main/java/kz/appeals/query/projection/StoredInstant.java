package kz.appeals.query.projection;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An instant as a read-model row stores it: PostgreSQL keeps microseconds. The live writer (JDBC) and a rebuild's bulk
 * load (COPY text) must round alike, or a rebuild would not give the live rows back: the JDBC driver rounds half up,
 * PostgreSQL's text input rounds half to even, so an event received at ….xxxxxx500 came out one microsecond apart.
 * Both paths therefore hand PostgreSQL the instant already rounded here (half up, as the live model always stored it).
 */
public final class StoredInstant {

    private StoredInstant() {
    }

    public static Instant of(Instant instant) {
        return instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }
}
