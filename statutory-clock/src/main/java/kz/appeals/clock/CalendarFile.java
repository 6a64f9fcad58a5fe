package kz.appeals.clock;

import java.time.LocalDate;
import java.util.List;

/**
 * One year file ({@code kz-YYYY.json}) as written by people: named holidays, explicit ministry transfers with reasons.
 * Substitute days off (holidays law art. 5) are derived, not listed, so a file cannot contradict the rule.
 *
 * <p>{@code variant} is null for the base calendar; a bundled file with a variant (e.g. {@code constitution-2026})
 * replaces the base file of its year only while that variant is selected. Each holiday and transfer may name its own
 * {@code source} (with a confidence mark [C]/[S]/[U]); {@code officialWorkingDaysSource} names where the official
 * total comes from.
 */
record CalendarFile(String id, int year, String version, String variant, boolean provisional, String source,
                    Integer officialWorkingDays, String officialWorkingDaysSource, List<Holiday> holidays,
                    List<Transfer> transfers) {

    CalendarFile {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        transfers = transfers == null ? List.of() : List.copyOf(transfers);
    }

    /** {@code kz-2026@2026-11-21}, or with a variant {@code kz-2026@2026-11-26~constitution-2026}. */
    String versionId() {
        return id + "@" + version + (variant == null ? "" : "~" + variant);
    }

    /** A public holiday; {@code movable == false} for 7 January and the first day of Kurban Ait (Labour Code art. 84(5)). */
    record Holiday(LocalDate date, String name, Boolean movable, String source) {
        boolean substitutedWhenOnWeekend() {
            return movable == null || movable;
        }
    }

    /** A ministry transfer (Labour Code art. 85(3)): a weekday made a day off or a day off made a working day. */
    record Transfer(LocalDate date, Becomes becomes, String reason, String source) {
    }

    enum Becomes { DAY_OFF, WORKING_DAY }
}
