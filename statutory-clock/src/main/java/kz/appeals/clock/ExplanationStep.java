package kz.appeals.clock;

import java.time.LocalDate;

/** One line of a deadline's explanation; {@code type} is RECEIVED, REGISTERED, RULE, COUNTED, SKIPPED, ROLLED_FORWARD or DUE. */
public record ExplanationStep(LocalDate date, String type, String text) {
}
