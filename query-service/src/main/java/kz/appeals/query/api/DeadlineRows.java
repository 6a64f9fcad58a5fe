package kz.appeals.query.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import kz.appeals.clock.ExplanationStep;
import kz.appeals.events.EnvelopeCodec;

/** Maps {@code appeal_deadline} rows, with status and working days left as of today. */
@Component
public class DeadlineRows {

    private static final TypeReference<List<ExplanationStep>> STEPS = new TypeReference<>() { };

    private final Today today;
    private final EnvelopeCodec codec;

    public DeadlineRows(Today today, EnvelopeCodec codec) {
        this.today = today;
        this.codec = codec;
    }

    public DeadlineView map(ResultSet rs) throws SQLException {
        LocalDate due = date(rs, "due_date");
        LocalDate closed = date(rs, "closed_on");
        Integer left = closed == null ? today.workingDaysUntil(due) : null;
        String status = closed != null ? (rs.getBoolean("met") ? "MET" : "MISSED")
                : left != null && left < 0 ? "OVERDUE" : "RUNNING";
        return new DeadlineView(rs.getString("deadline_id"), rs.getString("timer"), status, date(rs, "starts_on"),
                due, left, rs.getString("period"), rs.getString("legal_basis"), rs.getString("rule_set_version"),
                rs.getString("calendar_version"), date(rs, "last_warning_on"), date(rs, "missed_on"), closed,
                rs.getString("closed_reason"), steps(rs.getString("explanation")));
    }

    /** An explanation stored as JSON in a read model. */
    public List<ExplanationStep> steps(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return codec.mapper().readValue(json, STEPS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable explanation in the read model", e);
        }
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
