package kz.appeals.query.procedure;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The procedure-steps read model's one query: an appeal's steps in its order. */
@Component
class ProcedureStepsQueries {

    private final JdbcTemplate jdbc;

    ProcedureStepsQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ProcedureStep> of(String appealId) {
        return jdbc.query("""
                SELECT appeal_id, sequence, step, event_type, outcome, happened_on, due_on, late, official_id,
                       legal_basis
                FROM procedure_step WHERE appeal_id = ? ORDER BY sequence""",
                (rs, i) -> new ProcedureStep(rs.getString("appeal_id"), rs.getLong("sequence"), rs.getString("step"),
                        rs.getString("event_type"), rs.getString("outcome"), local(rs.getDate("happened_on")),
                        local(rs.getDate("due_on")), (Boolean) rs.getObject("late"), rs.getString("official_id"),
                        rs.getString("legal_basis")), appealId);
    }

    private static LocalDate local(Date day) {
        return day == null ? null : day.toLocalDate();
    }
}
