package kz.appeals.command.infra;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.Appeal;
import kz.appeals.command.domain.StatutoryTime;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealRedirected;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineMoved;
import kz.appeals.events.DeadlineScheduled;

/**
 * Every running deadline with what recomputes it (kind, receipt, registration, start), kept by a subscribing processor
 * in the command's own transaction. The calendar reload reads it to find what a new calendar version moves.
 */
@Component
@ProcessingGroup(OpenDeadlines.PROCESSING_GROUP)
public class OpenDeadlines {

    public static final String PROCESSING_GROUP = "open-deadlines";

    /**
     * One running deadline, as the calendar reload needs it: {@code arrivedAtCompetentBody} is set for a redirected
     * appeal or a part split off to another body (APPC art. 76(2)); {@code fixedByDecision} for a due date set by an
     * extension (art. 76(3)).
     */
    public record Row(String deadlineId, String appealId, String timer, AppealKind kind, Instant receivedAt,
                      LocalDate registeredOn, LocalDate startsOn, LocalDate dueDate, LocalDate arrivedAtCompetentBody,
                      boolean fixedByDecision) {
    }

    private final JdbcTemplate jdbc;
    private final StatutoryTime time;

    public OpenDeadlines(JdbcTemplate jdbc, StatutoryTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    @EventHandler
    void on(AppealFiled event) {
        jdbc.update("""
                INSERT INTO appeal_clock (appeal_id, kind, received_at, parent_appeal_id) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""",
                event.appealId(), event.kind().name(), Timestamp.from(event.receivedAt()), event.parentAppealId());
    }

    /** A part split off another appeal is counted from the day after it reached its body: the day before the start. */
    @EventHandler
    void on(AppealRegistered event) {
        jdbc.update("""
                UPDATE appeal_clock SET registered_on = ?,
                       arrived_at_competent_body = CASE WHEN parent_appeal_id IS NULL THEN NULL ELSE CAST(? AS DATE) END
                WHERE appeal_id = ?""",
                Date.valueOf(event.registeredOn()), Date.valueOf(event.reviewStartsOn().minusDays(1)),
                event.appealId());
    }

    @EventHandler
    void on(AppealRedirected event) {
        jdbc.update("UPDATE appeal_clock SET arrived_at_competent_body = ? WHERE appeal_id = ?",
                Date.valueOf(event.arrivesOn()), event.appealId());
    }

    /** The row also carries the deadline's warnings and its first wake-up: the deadline sweeper's work list. */
    @EventHandler
    void on(DeadlineScheduled event) {
        DeadlineAlarm alarm = DeadlineAlarm.of(event.timer(), event.dueDate(), event.warningDays(), time);
        jdbc.update("""
                INSERT INTO open_deadline (deadline_id, appeal_id, timer, starts_on, due_date, warning_days,
                                           warning_days_left, next_fire_at)
                VALUES (?, ?, ?, ?, ?, CAST(? AS DATE[]), CAST(? AS INTEGER[]), ?)
                ON CONFLICT (deadline_id) DO UPDATE SET starts_on = EXCLUDED.starts_on, due_date = EXCLUDED.due_date,
                    fixed_by_decision = FALSE, warning_days = EXCLUDED.warning_days,
                    warning_days_left = EXCLUDED.warning_days_left, next_fire_at = EXCLUDED.next_fire_at""",
                event.deadlineId(), event.appealId(), event.timer(), Date.valueOf(event.startsOn()),
                Date.valueOf(event.dueDate()), alarm.warningDaysLiteral(), alarm.workingDaysLeftLiteral(),
                Timestamp.from(alarm.firstAt(time)));
    }

    @EventHandler
    void on(DeadlineMoved event) {
        DeadlineAlarm alarm = DeadlineAlarm.of(event.timer(), event.to(), event.warningDays(), time);
        jdbc.update("""
                UPDATE open_deadline SET due_date = ?, fixed_by_decision = fixed_by_decision OR ?,
                    warning_days = CAST(? AS DATE[]), warning_days_left = CAST(? AS INTEGER[]), next_fire_at = ?
                WHERE deadline_id = ?""",
                Date.valueOf(event.to()), Appeal.EXTENSION_CAUSE.equals(event.cause()), alarm.warningDaysLiteral(),
                alarm.workingDaysLeftLiteral(), Timestamp.from(alarm.firstAt(time)), event.deadlineId());
    }

    @EventHandler
    void on(DeadlineClosed event) {
        jdbc.update("DELETE FROM open_deadline WHERE deadline_id = ?", event.deadlineId());
    }

    /** Deadlines still running on or after {@code day}: a deadline already passed is history and never moves. */
    public List<Row> dueOnOrAfter(LocalDate day) {
        return jdbc.query("""
                SELECT d.deadline_id, d.appeal_id, d.timer, c.kind, c.received_at, c.registered_on, d.starts_on,
                       d.due_date, c.arrived_at_competent_body, d.fixed_by_decision
                FROM open_deadline d JOIN appeal_clock c ON c.appeal_id = d.appeal_id
                WHERE d.due_date >= ? ORDER BY d.due_date, d.deadline_id""",
                (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        AppealKind.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(),
                        rs.getDate(8).toLocalDate(), rs.getDate(9) == null ? null : rs.getDate(9).toLocalDate(),
                        rs.getBoolean(10)), Date.valueOf(day));
    }
}
