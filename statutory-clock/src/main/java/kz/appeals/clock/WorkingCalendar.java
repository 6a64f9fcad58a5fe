package kz.appeals.clock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * An immutable snapshot of the loaded calendar years, indexed for O(1) working-day arithmetic: for every day of the
 * loaded range the number of working days up to and including it, and for every working-day ordinal its day.
 */
final class WorkingCalendar {

    private final int firstYear;
    private final int lastYear;
    private final int firstEpochDay;
    private final boolean[] working;
    /** For a non-working day its reason; for a working weekend day the transfer that made it one; else null. */
    private final String[] reasons;
    private final int[] workingDaysThrough;
    private final int[] workingDayByOrdinal;
    private final Map<Integer, CalendarYear> years;
    private final Map<Integer, String> versionIds;
    /** The bundled variant this snapshot was loaded with; null for the base calendar. */
    private final String variant;

    private WorkingCalendar(Collection<CalendarFile> files, String variant) {
        this.variant = variant;
        if (files.isEmpty()) {
            throw new CalendarDataException("No calendar year loaded");
        }
        firstYear = files.stream().mapToInt(CalendarFile::year).min().orElseThrow();
        lastYear = files.stream().mapToInt(CalendarFile::year).max().orElseThrow();
        if (lastYear - firstYear + 1 != files.size()) {
            throw new CalendarDataException("Calendar years must be consecutive; loaded " + files.stream()
                    .map(CalendarFile::year).sorted().toList());
        }
        firstEpochDay = (int) LocalDate.of(firstYear, 1, 1).toEpochDay();
        int length = (int) (LocalDate.of(lastYear + 1, 1, 1).toEpochDay() - firstEpochDay);
        working = new boolean[length];
        reasons = new String[length];
        years = new HashMap<>();
        versionIds = new HashMap<>();
        for (CalendarFile file : files) {
            fillYear(file);
        }
        workingDaysThrough = new int[length];
        int count = 0;
        for (int i = 0; i < length; i++) {
            if (working[i]) {
                count++;
            }
            workingDaysThrough[i] = count;
        }
        workingDayByOrdinal = new int[count];
        for (int i = 0, k = 0; i < length; i++) {
            if (working[i]) {
                workingDayByOrdinal[k++] = firstEpochDay + i;
            }
        }
    }

    static WorkingCalendar of(Collection<CalendarFile> files) {
        return new WorkingCalendar(files, null);
    }

    static WorkingCalendar of(Collection<CalendarFile> files, String variant) {
        return new WorkingCalendar(files, variant);
    }

    String variant() {
        return variant;
    }

    private void fillYear(CalendarFile file) {
        int year = file.year();
        if (!file.id().equals("kz-" + year)) {
            throw new CalendarDataException("Calendar file id " + file.id() + " does not match its year " + year);
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        int offset = index(first.toEpochDay());
        int length = first.lengthOfYear();
        for (int d = 0; d < length; d++) {
            DayOfWeek dow = first.plusDays(d).getDayOfWeek();
            boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
            working[offset + d] = !weekend;
            reasons[offset + d] = weekend ? dayName(dow) : null;
        }
        Set<LocalDate> holidayDates = new HashSet<>();
        for (CalendarFile.Holiday holiday : file.holidays()) {
            requireInYear(file, holiday.date());
            if (!holidayDates.add(holiday.date())) {
                throw new CalendarDataException(file.id() + ": holiday " + holiday.date() + " listed twice");
            }
            int i = index(holiday.date().toEpochDay());
            working[i] = false;
            reasons[i] = reasons[i] == null ? holiday.name() : holiday.name() + ", on a " + reasons[i];
        }
        deriveSubstitutes(file);
        for (CalendarFile.Transfer transfer : file.transfers()) {
            requireInYear(file, transfer.date());
            int i = index(transfer.date().toEpochDay());
            boolean toWorking = transfer.becomes() == CalendarFile.Becomes.WORKING_DAY;
            if (working[i] == toWorking) {
                throw new CalendarDataException(file.id() + ": transfer on " + transfer.date() + " makes a "
                        + (toWorking ? "working" : "non-working") + " day what it already is");
            }
            working[i] = toWorking;
            reasons[i] = transfer.reason();
        }
        List<NonWorkingDay> nonWorking = new ArrayList<>();
        int workingDays = 0;
        for (int d = 0; d < length; d++) {
            if (working[offset + d]) {
                workingDays++;
            } else {
                nonWorking.add(new NonWorkingDay(first.plusDays(d), reasons[offset + d]));
            }
        }
        if (file.officialWorkingDays() != null && file.officialWorkingDays() != workingDays) {
            throw new CalendarDataException(file.id() + ": " + workingDays + " working days, but the official total is "
                    + file.officialWorkingDays());
        }
        versionIds.put(year, file.versionId());
        years.put(year, new CalendarYear(year, workingDays, file.versionId(), file.provisional(), file.source(),
                nonWorking));
    }

    /**
     * Holidays law art. 5: a holiday on a Saturday or Sunday gives the next working day off; days that never move
     * (7 January, first day of Kurban Ait, Labour Code art. 84(5)) are flagged in the file. Holidays are taken in date
     * order so that two weekend days of Nauryz give two consecutive substitutes.
     */
    private void deriveSubstitutes(CalendarFile file) {
        file.holidays().stream()
                .filter(CalendarFile.Holiday::substitutedWhenOnWeekend)
                .filter(h -> isWeekend(h.date()))
                .sorted((a, b) -> a.date().compareTo(b.date()))
                .forEach(holiday -> {
                    LocalDate day = holiday.date().plusDays(1);
                    while (day.getYear() == file.year() && !working[index(day.toEpochDay())]) {
                        day = day.plusDays(1);
                    }
                    requireInYear(file, day);
                    int i = index(day.toEpochDay());
                    working[i] = false;
                    reasons[i] = "day off in place of " + holiday.name() + " falling on "
                            + dayName(holiday.date().getDayOfWeek()) + " " + holiday.date()
                            + " (holidays law art. 5)";
                });
    }

    private static void requireInYear(CalendarFile file, LocalDate date) {
        if (date.getYear() != file.year()) {
            throw new CalendarDataException(file.id() + ": date " + date + " is not in " + file.year());
        }
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static String dayName(DayOfWeek dow) {
        return dow.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    int index(long epochDay) {
        long i = epochDay - firstEpochDay;
        if (i < 0 || i >= working.length) {
            throw new DateOutsideCalendarException(LocalDate.ofEpochDay(epochDay), firstYear, lastYear);
        }
        return (int) i;
    }

    boolean isWorking(long epochDay) {
        return working[index(epochDay)];
    }

    /** The reason a day is off, or what made a weekend day a working day; null for an ordinary working day. */
    String reason(long epochDay) {
        return reasons[index(epochDay)];
    }

    /** The n-th working day after {@code epochDay} (n >= 1), O(1). */
    long nthWorkingDayAfter(long epochDay, int n) {
        int ordinal = workingDaysThrough[index(epochDay)] + n;
        if (ordinal > workingDayByOrdinal.length) {
            throw DateOutsideCalendarException.countingPast(LocalDate.ofEpochDay(epochDay), n, firstYear, lastYear);
        }
        return workingDayByOrdinal[ordinal - 1];
    }

    /** The n-th working day before {@code epochDay} (n >= 1), O(1). */
    long nthWorkingDayBefore(long epochDay, int n) {
        int i = index(epochDay);
        int ordinal = workingDaysThrough[i] - (working[i] ? 1 : 0) - n + 1;
        if (ordinal < 1) {
            throw DateOutsideCalendarException.countingPast(LocalDate.ofEpochDay(epochDay), -n, firstYear, lastYear);
        }
        return workingDayByOrdinal[ordinal - 1];
    }

    /** The day itself if it is a working day, else the next working day (APPC art. 76(5)). */
    long rollForward(long epochDay) {
        return working[index(epochDay)] ? epochDay : nthWorkingDayAfter(epochDay, 1);
    }

    int workingDaysBetween(long fromExclusive, long toInclusive) {
        return workingDaysThrough[index(toInclusive)] - workingDaysThrough[index(fromExclusive)];
    }

    CalendarYear year(int year) {
        CalendarYear calendarYear = years.get(year);
        if (calendarYear == null) {
            throw new DateOutsideCalendarException(LocalDate.of(year, 1, 1), firstYear, lastYear);
        }
        return calendarYear;
    }

    /** Version ids of the years from {@code from} to {@code to}, joined with "+". */
    String versions(LocalDate from, LocalDate to) {
        StringJoiner joiner = new StringJoiner("+");
        for (int y = Math.min(from.getYear(), to.getYear()); y <= Math.max(from.getYear(), to.getYear()); y++) {
            String id = versionIds.get(y);
            if (id == null) {
                throw new DateOutsideCalendarException(LocalDate.of(y, 1, 1), firstYear, lastYear);
            }
            joiner.add(id);
        }
        return joiner.toString();
    }

    boolean covers(long epochDay) {
        long i = epochDay - firstEpochDay;
        return i >= 0 && i < working.length;
    }
}
