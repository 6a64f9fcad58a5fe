package kz.appeals.clock;

import java.time.LocalDate;
import java.util.List;

/**
 * One year file ({@code kz-YYYY.json}) as written by people: named holidays, explicit ministry transfers with reasons.
 * Substitute days off (holidays law art. 5) are derived, not listed, so a file cannot contradict the rule.
 */
record CalendarFile(String id, int year, String version, boolean provisional, String source,
                    Integer officialWorkingDays, List<Holiday> holidays, List<Transfer> transfers) {

    CalendarFile {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        transfers = transfers == null ? List.of() : List.copyOf(transfers);
    }

    String versionId() {
        return id + "@" + version;
    }

    /** A public holiday; {@code movable == false} for 7 January and the first day of Kurban Ait (Labour Code art. 84(5)). */
    record Holiday(LocalDate date, String name, Boolean movable) {
        boolean substitutedWhenOnWeekend() {
            return movable == null || movable;
        }
    }

    /** A ministry transfer (Labour Code art. 85(3)): a weekday made a day off or a day off made a working day. */
    record Transfer(LocalDate date, Becomes becomes, String reason) {
    }

    enum Becomes { DAY_OFF, WORKING_DAY }
}
