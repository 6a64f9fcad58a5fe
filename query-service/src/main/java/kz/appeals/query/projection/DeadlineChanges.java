package kz.appeals.query.projection;

import static kz.appeals.query.projection.RowChange.insert;
import static kz.appeals.query.projection.RowChange.update;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineMissed;
import kz.appeals.events.DeadlineMoved;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.DeadlineWarningIssued;
import kz.appeals.lifecycle.OpenDeadline;

/**
 * A deadline row as the deadline events give it (keyed by {@code deadline_id}: timer, start, due date, period,
 * article, versions, explanation, warnings, miss, close), for a read model that lists deadlines in full. Each read
 * model passes its own table; this knows none.
 */
public final class DeadlineChanges {

    private DeadlineChanges() {
    }

    public static RowChange scheduled(String table, DeadlineScheduled e) {
        return insert(table, List.of("deadline_id"), RowChange.OnConflict.OVERWRITE, "deadline_id", e.deadlineId(),
                "appeal_id", e.appealId(), "timer", e.timer(), "starts_on", e.startsOn(), "due_date", e.dueDate(),
                "period", e.period(), "legal_basis", e.legalBasis(), "rule_set_version", e.ruleSetVersion(),
                "calendar_version", e.calendarVersion(), "explanation", e.explanation(), "missed_on", null,
                "last_warning_on", null, "closed_on", null, "met", null, "closed_reason", null);
    }

    /**
     * The new due date and the article it was set under now: the lifecycle's ({@code after}'s open deadline; art.
     * 76(3) after an extension), kept as it was when the lifecycle has none.
     */
    public static RowChange moved(String table, DeadlineMoved e, ProjectedEvent p) {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("due_date", e.to());
        set.put("rule_set_version", e.ruleSetVersion());
        set.put("calendar_version", e.calendarVersion());
        set.put("explanation", e.explanation());
        String basis = dueDateBasis(e, p);
        if (basis != null) {
            set.put("legal_basis", basis);
        }
        return new RowChange.Update(table, "deadline_id", e.deadlineId(), set);
    }

    /** The article the moved due date was set under, as the lifecycle holds it; null when it holds none. */
    public static String dueDateBasis(DeadlineMoved e, ProjectedEvent p) {
        OpenDeadline moved = p.after().deadline(e.timer());
        return moved == null ? null : moved.dueDateBasis();
    }

    public static RowChange warned(String table, DeadlineWarningIssued e) {
        return update(table, "deadline_id", e.deadlineId(), "last_warning_on", e.warnedOn());
    }

    public static RowChange missed(String table, DeadlineMissed e) {
        return update(table, "deadline_id", e.deadlineId(), "missed_on", e.missedOn());
    }

    public static RowChange closed(String table, DeadlineClosed e) {
        return update(table, "deadline_id", e.deadlineId(), "closed_on", e.closedOn(), "met", e.met(),
                "closed_reason", e.reason());
    }
}
