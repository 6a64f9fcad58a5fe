package kz.appeals.clock;

import java.time.Instant;
import java.time.LocalDate;

/** Outcome of APPC art. 64(3): on which day an appeal received at {@code receivedAt} is registered, and why. */
public record Registration(Instant receivedAt, LocalDate receivedOn, LocalDate registeredOn, String reason,
                           String calendarVersion) {
}
