package kz.appeals.clock;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Settings of the statutory clock. Defaults suit the embedded run; real deployments override them by environment.
 *
 * @param zone                 legal time zone (Asia/Almaty, UTC+5 since 1 March 2024)
 * @param endOfWorkingDay      appeals received at or after this local time are registered on the next working day
 *                             (APPC art. 64(3); e-Otinish uses 18:30 [S])
 * @param calendarOverrideDir  directory whose {@code kz-YYYY.json} files replace or add to the bundled years; nullable
 * @param ruleSwitchDate       first day of the rule set of the Law of 17.12.2025 No. 241-VIII [U]
 */
public record ClockSettings(ZoneId zone, LocalTime endOfWorkingDay, Path calendarOverrideDir, LocalDate ruleSwitchDate) {

    public static final String ENV_END_OF_WORKING_DAY = "APPEALS_END_OF_WORKING_DAY";
    public static final String ENV_CALENDAR_DIR = "APPEALS_CALENDAR_DIR";
    public static final String ENV_RULES_SWITCH_DATE = "APPEALS_RULES_SWITCH_DATE";

    public ClockSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(endOfWorkingDay, "endOfWorkingDay");
        Objects.requireNonNull(ruleSwitchDate, "ruleSwitchDate");
    }

    public static ClockSettings defaults() {
        return new ClockSettings(ZoneId.of("Asia/Almaty"), LocalTime.of(18, 30), null, LocalDate.of(2025, 12, 28));
    }

    public static ClockSettings fromEnvironment() {
        return fromEnvironment(System::getenv);
    }

    /** Same as {@link #fromEnvironment()} with a given lookup, so that configuration sources other than env work too. */
    public static ClockSettings fromEnvironment(Function<String, String> env) {
        ClockSettings settings = defaults();
        String end = blankToNull(env.apply(ENV_END_OF_WORKING_DAY));
        if (end != null) {
            settings = settings.withEndOfWorkingDay(LocalTime.parse(end));
        }
        String dir = blankToNull(env.apply(ENV_CALENDAR_DIR));
        if (dir != null) {
            settings = settings.withCalendarOverrideDir(Path.of(dir));
        }
        String switchDate = blankToNull(env.apply(ENV_RULES_SWITCH_DATE));
        if (switchDate != null) {
            settings = settings.withRuleSwitchDate(LocalDate.parse(switchDate));
        }
        return settings;
    }

    public static ClockSettings fromMap(Map<String, String> values) {
        return fromEnvironment(values::get);
    }

    public ClockSettings withZone(ZoneId zone) {
        return new ClockSettings(zone, endOfWorkingDay, calendarOverrideDir, ruleSwitchDate);
    }

    public ClockSettings withEndOfWorkingDay(LocalTime endOfWorkingDay) {
        return new ClockSettings(zone, endOfWorkingDay, calendarOverrideDir, ruleSwitchDate);
    }

    public ClockSettings withCalendarOverrideDir(Path calendarOverrideDir) {
        return new ClockSettings(zone, endOfWorkingDay, calendarOverrideDir, ruleSwitchDate);
    }

    public ClockSettings withRuleSwitchDate(LocalDate ruleSwitchDate) {
        return new ClockSettings(zone, endOfWorkingDay, calendarOverrideDir, ruleSwitchDate);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
