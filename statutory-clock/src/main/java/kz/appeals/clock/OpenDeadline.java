package kz.appeals.clock;

import java.time.Instant;
import java.time.LocalDate;

/** A running review period, as the command side knows it, to be re-checked against a new calendar. */
public record OpenDeadline(String id, AppealKind kind, Instant receivedAt, LocalDate registeredOn,
                           LocalDate currentDueDate) {
}
