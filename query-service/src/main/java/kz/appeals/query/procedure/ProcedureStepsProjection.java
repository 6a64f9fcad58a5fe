package kz.appeals.query.procedure;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.appeals.events.EventEnvelope;
import kz.appeals.query.projection.Projection;

/**
 * The procedure-steps read model ({@code procedure_step}): one row per event of execution, case-file access, the
 * hearing protocol and recusal (issue 12), as {@link ProcedureSteps} maps it. A redelivered event finds its row and
 * changes nothing.
 */
@Component
public class ProcedureStepsProjection implements Projection {

    private final JdbcTemplate jdbc;

    public ProcedureStepsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "procedure-steps";
    }

    @Override
    public List<String> tables() {
        return List.of("procedure_step");
    }

    @Override
    public void apply(EventEnvelope envelope, Object payload) {
        ProcedureSteps.of(envelope.sequence(), payload).ifPresent(row -> jdbc.update("""
                INSERT INTO procedure_step (appeal_id, sequence, step, event_type, outcome, happened_on, due_on, late,
                                            official_id, legal_basis)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                envelope.appealId(), row.sequence(), row.step(), row.eventType(), row.outcome(),
                date(row.happenedOn()), date(row.dueOn()), row.late(), row.officialId(), row.legalBasis()));
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

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate local(Date day) {
        return day == null ? null : day.toLocalDate();
    }
}
