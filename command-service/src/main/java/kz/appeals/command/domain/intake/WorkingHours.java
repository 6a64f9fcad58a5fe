package kz.appeals.command.domain.intake;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * APPC art. 64(3): an appeal that arrives after the end of working hours is registered on the next working day; where
 * the working day ends is the body's own: most bodies close at the settings' default (18:30, e-Otinish practice [S]),
 * public service centres keep longer hours [U]. Data, not code: lines {@code bodyId,HH:mm} of the working-hours file
 * (blank lines and {@code #} comments ignored); a body not listed ends at the default.
 */
public record WorkingHours(LocalTime defaultEndOfWorkingDay, Map<String, LocalTime> byBody) {

    public WorkingHours {
        byBody = Map.copyOf(byBody);
    }

    /** Where the working day of {@code bodyId} ends. */
    public LocalTime endOfWorkingDay(String bodyId) {
        return bodyId == null ? defaultEndOfWorkingDay : byBody.getOrDefault(bodyId, defaultEndOfWorkingDay);
    }

    /** Reads the file's lines; a malformed line or a body listed twice is refused with its line number. */
    public static WorkingHours parse(List<String> lines, LocalTime defaultEndOfWorkingDay) {
        Map<String, LocalTime> byBody = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 2 || cells[0].isBlank()) {
                throw new IllegalArgumentException("working hours, line " + (i + 1) + ": expected 'bodyId,HH:mm', got '"
                        + line + "'");
            }
            try {
                if (byBody.put(cells[0].strip(), LocalTime.parse(cells[1].strip())) != null) {
                    throw new IllegalArgumentException("working hours, line " + (i + 1) + ": body " + cells[0].strip()
                            + " is listed twice");
                }
            } catch (DateTimeParseException ex) {
                throw new IllegalArgumentException("working hours, line " + (i + 1) + ": '" + cells[1].strip()
                        + "' is not a time HH:mm", ex);
            }
        }
        return new WorkingHours(defaultEndOfWorkingDay, byBody);
    }
}
