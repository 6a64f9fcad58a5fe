package kz.appeals.query.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import kz.appeals.clock.StatutoryClock;

/**
 * Moments on the pages in legal time (the statutory clock's zone, Asia/Almaty), as the dates beside them are: a
 * filing at 20:24 local time is registered the next working day, which UTC would hide. Templates call
 * {@code ${@uiTime.of(instant)}}.
 */
@Component("uiTime")
public class UiTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StatutoryClock clock;

    UiTime(StatutoryClock clock) {
        this.clock = clock;
    }

    public String of(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(clock.zone()));
    }
}
