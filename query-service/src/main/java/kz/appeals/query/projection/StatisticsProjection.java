package kz.appeals.query.projection;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.appeals.clock.StatutoryClock;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealRedirected;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.DeadlineMoved;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.messaging.EventEnvelope;
import kz.appeals.events.ReviewPeriodExtended;

/**
 * One row per appeal with what the statistics are computed from: kind, body, registration day, the review due date in
 * force, the decision's day and outcome, working days from registration to decision, and whether it was on time.
 * Working days are counted on the calendar loaded when the event is projected; after a calendar correction a rebuild
 * recounts them.
 */
@Component
public class StatisticsProjection implements Projection {

    private final JdbcTemplate jdbc;
    private final StatutoryClock clock;

    public StatisticsProjection(JdbcTemplate jdbc, StatutoryClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "statistics";
    }

    @Override
    public List<String> tables() {
        return List.of("appeal_stat");
    }

    @Override
    public void apply(EventEnvelope envelope, Object payload) {
        if (payload instanceof AppealFiled e) {
            jdbc.update("""
                    INSERT INTO appeal_stat (appeal_id, kind, body_id, received_on) VALUES (?, ?, ?, ?)
                    ON CONFLICT DO NOTHING""", e.appealId(), e.kind().name(), e.addressee().bodyId(),
                    AppealProjection.date(LocalDate.ofInstant(e.receivedAt(), clock.zone())));
        } else if (payload instanceof AppealRegistered e) {
            jdbc.update("UPDATE appeal_stat SET registered_on = ?, due_date = ? WHERE appeal_id = ?",
                    AppealProjection.date(e.registeredOn()), AppealProjection.date(e.dueDate()), e.appealId());
        } else if (payload instanceof DeadlineScheduled e && AppealProjection.REVIEW.equals(e.timer())) {
            dueDate(e.appealId(), e.dueDate());
        } else if (payload instanceof DeadlineMoved e && AppealProjection.REVIEW.equals(e.timer())) {
            dueDate(e.appealId(), e.to());
        } else if (payload instanceof ReviewPeriodExtended e) {
            dueDate(e.appealId(), e.newDueDate());
        } else if (payload instanceof AppealRedirected e) {
            jdbc.update("UPDATE appeal_stat SET body_id = ? WHERE appeal_id = ?", e.to().bodyId(), e.appealId());
        }
        Decisions.of(payload).ifPresent(decision -> decided(envelope.appealId(), decision));
    }

    private void dueDate(String appealId, LocalDate due) {
        jdbc.update("UPDATE appeal_stat SET due_date = ? WHERE appeal_id = ?", AppealProjection.date(due), appealId);
    }

    private void decided(String appealId, Decisions.Decision decision) {
        List<LocalDate[]> row = jdbc.query("SELECT registered_on, due_date FROM appeal_stat WHERE appeal_id = ?",
                (rs, i) -> new LocalDate[] {localDate(rs.getDate(1)), localDate(rs.getDate(2))}, appealId);
        if (row.isEmpty()) {
            return;
        }
        LocalDate registered = row.get(0)[0];
        LocalDate due = row.get(0)[1];
        LocalDate decided = decision.decidedOn();
        Integer workingDays = registered != null && decided != null
                ? clock.workingDaysBetween(registered, decided) : null;
        Boolean onTime = due != null && decided != null ? !decided.isAfter(due) : null;
        if ("DEEMED_REFUSAL".equals(decision.outcome())) {
            onTime = false;
        }
        jdbc.update("""
                UPDATE appeal_stat SET decided_on = ?, outcome = ?, working_days_to_decision = ?, on_time = ?
                WHERE appeal_id = ?""", AppealProjection.date(decided), decision.outcome(), workingDays, onTime,
                appealId);
    }

    private static LocalDate localDate(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
