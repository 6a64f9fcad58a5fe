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
 * @param calendarVariant      bundled calendar variant in force at start-up (e.g. {@code constitution-2026}); null
 *                             for the base calendar. A {@value #VARIANT_FILE} file in the override directory, re-read
 *                             on every reload, takes precedence, so an operator can switch without a restart.
 */
public record ClockSettings(ZoneId zone, LocalTime endOfWorkingDay, Path calendarOverrideDir, LocalDate ruleSwitchDate,
                            String calendarVariant) {

    public static final String ENV_END_OF_WORKING_DAY = "APPEALS_END_OF_WORKING_DAY";
    public static final String ENV_CALENDAR_DIR = "APPEALS_CALENDAR_DIR";
    public static final String ENV_RULES_SWITCH_DATE = "APPEALS_RULES_SWITCH_DATE";
    public static final String ENV_CALENDAR_VARIANT = "APPEALS_CALENDAR_VARIANT";
    /** One line in the override directory naming the variant in force ({@code base} for none); read on every reload. */
    public static final String VARIANT_FILE = "calendar-variant.txt";

    public ClockSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(endOfWorkingDay, "endOfWorkingDay");
        Objects.requireNonNull(ruleSwitchDate, "ruleSwitchDate");
        calendarVariant = variantOrNull(calendarVariant);
    }

    /** The settings without a calendar variant (the base calendar), as before variants existed. */
    public ClockSettings(ZoneId zone, LocalTime endOfWorkingDay, Path calendarOverrideDir, LocalDate ruleSwitchDate) {
        this(zone, endOfWorkingDay, calendarOverrideDir, ruleSwitchDate, null);
    }

    public static ClockSettings defaults() {
        return new ClockSettings(ZoneId.of("Asia/Almaty"), LocalTime.of(18, 30), null, LocalDate.of(2025, 12, 28), null);
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
        settings = settings.withCalendarVariant(env.apply(ENV_CALENDAR_VARIANT));
        return settings;
    }

    public static ClockSettings fromMap(Map<String, String> values) {
        return fromEnvironment(values::get);
    }

    public ClockSettings withZone(ZoneId zone) {
        return new ClockSettings(zone, endOfWorkingDay, calendarOverrideDir, ruleSwitchDate, calendarVariant);
    }

    public ClockSettings withEndOfWorkingDay(LocalTime endOfWorkingDay) {
        return new ClockSettings(zone, endOfWorkingDay, calendarOverrideDir, ruleSwitchDate, calendarVariant);
    }

    public ClockSettings withCalendarOverrideDir(Path calendarOverrideDir) {
        return new ClockSettings(zone, endOfWorkingDay, calendarOverrideDir, ruleSwitchDate, calendarVariant);
    }

    public ClockSettings withRuleSwitchDate(LocalDate ruleSwitchDate) {
        return new ClockSettings(zone, endOfWorkingDay, calendarOverrideDir, ruleSwitchDate, calendarVariant);
    }

    /** {@code null}, blank or {@code base} select the base calendar. */
    public ClockSettings withCalendarVariant(String calendarVariant) {
        return new ClockSettings(zone, endOfWorkingDay, calendarOverrideDir, ruleSwitchDate, calendarVariant);
    }

    /** A variant name, or null for the base calendar ({@code null}, blank or {@code base}). */
    static String variantOrNull(String value) {
        String variant = blankToNull(value);
        return variant == null || variant.equals(DataFiles.BASE_VARIANT) ? null : variant;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
