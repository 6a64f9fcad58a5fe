package kz.appeals.clock;

import java.time.LocalDate;

/** A due date that a new calendar version moves; the command side records each one as an event. */
public record DueDateMove(String id, LocalDate from, LocalDate to, String reason, String calendarVersion) {
}
