package kz.appeals.clock;

import java.time.LocalDate;

public record NonWorkingDay(LocalDate date, String reason) {
}
