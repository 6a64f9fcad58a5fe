package kz.appeals.query.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/**
 * Maps {@code appeal_deadline} rows (and {@code dashboard_deadline}, the same columns), with status and working days
 * left as of today: in full for an appeal's detail, or as a summary for lists, which never select the explanation.
 */
@Component
public class DeadlineRows {

    /** The columns a list of deadlines reads: every one but {@code explanation}. */
    public static final String SUMMARY_COLUMNS = "deadline_id, appeal_id, timer, starts_on, due_date, period, "
            + "legal_basis, rule_set_version, calendar_version, missed_on, last_warning_on, closed_on, met, "
            + "closed_reason";

    private final Today today;

    public DeadlineRows(Today today) {
        this.today = today;
    }

    /** A deadline in full, its explanation the stored JSON as it is. */
    public DeadlineView map(ResultSet rs) throws SQLException {
        return map(rs, ExplanationJson.of(rs.getString("explanation")));
    }

    /** A deadline for a list: the row was read without its explanation, and the view has none. */
    public DeadlineView summary(ResultSet rs) throws SQLException {
        return map(rs, null);
    }

    private DeadlineView map(ResultSet rs, ExplanationJson explanation) throws SQLException {
        LocalDate due = date(rs, "due_date");
        LocalDate closed = date(rs, "closed_on");
        Integer left = closed == null ? today.workingDaysUntil(due) : null;
        String status = closed != null ? (rs.getBoolean("met") ? "MET" : "MISSED")
                : left != null && left < 0 ? "OVERDUE" : "RUNNING";
        return new DeadlineView(rs.getString("deadline_id"), rs.getString("timer"), status, date(rs, "starts_on"),
                due, left, rs.getString("period"), rs.getString("legal_basis"), rs.getString("rule_set_version"),
                rs.getString("calendar_version"), date(rs, "last_warning_on"), date(rs, "missed_on"), closed,
                rs.getString("closed_reason"), explanation);
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
