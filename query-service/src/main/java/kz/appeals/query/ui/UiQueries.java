package kz.appeals.query.ui;

import java.sql.Array;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures the pages show that no API endpoint answers yet, read from the same read models: deadlines due today,
 * the newest appeals of a body, the on-time rate of a period (appeal_stat), an appeal's history (event_journal: type,
 * time, acting role and article only, no payload) and the route an outcome opened. No personal data.
 */
@Component
class UiQueries {

    record Recent(String appealId, String registrationNumber, String kind, String state, Instant receivedAt,
                  LocalDate dueDate) {
    }

    record OnTime(long decided, long onTime) {
        public Double rate() {
            return decided == 0 ? null : Math.round(1000.0 * onTime / decided) / 10.0;
        }
    }

    record Step(long sequence, String type, Instant at, String actorRole, String actorBody, String legalBasis) {
    }

    /** The route an outcome opened: COMPLAINT or COURT, until when (a deemed refusal) or within what period (an act). */
    record Route(String opens, LocalDate openUntil, String period, String bodyName, String legalBasis) {
    }

    private final JdbcTemplate jdbc;

    UiQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long dueToday(String bodyId, LocalDate today) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM appeal_deadline d JOIN appeal_view v ON v.appeal_id = d.appeal_id
                WHERE v.body_id = ? AND d.closed_on IS NULL AND d.due_date = ?""", Long.class, bodyId,
                Date.valueOf(today));
    }

    List<Recent> recent(String bodyId, int limit) {
        return jdbc.query("""
                SELECT appeal_id, registration_number, kind, state, received_at, due_date FROM appeal_view
                WHERE body_id = ? ORDER BY received_at DESC, appeal_id LIMIT ?""",
                (rs, i) -> new Recent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), date(rs.getDate(6))), bodyId, limit);
    }

    /** Decisions of the body in [from, to) and how many of them came within their period. */
    OnTime onTime(String bodyId, LocalDate from, LocalDate to) {
        return jdbc.queryForObject("""
                SELECT count(on_time), count(*) FILTER (WHERE on_time) FROM appeal_stat
                WHERE body_id = ? AND decided_on >= ? AND decided_on < ?""",
                (rs, i) -> new OnTime(rs.getLong(1), rs.getLong(2)), bodyId, Date.valueOf(from), Date.valueOf(to));
    }

    List<Step> history(String appealId) {
        return jdbc.query("""
                SELECT sequence_no, type, occurred_at, actor_role, actor_body, legal_basis FROM event_journal
                WHERE appeal_id = ? ORDER BY sequence_no""",
                (rs, i) -> new Step(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getString(5), rs.getString(6)), appealId);
    }

    Map<String, Route> routes(List<String> appealIds) {
        Map<String, Route> out = new LinkedHashMap<>();
        if (appealIds.isEmpty()) {
            return out;
        }
        jdbc.query(c -> {
            var s = c.prepareStatement("""
                    SELECT appeal_id, route_opens, route_open_until, route_period, route_body_name, route_legal_basis
                    FROM appeal_view WHERE appeal_id = ANY (?) AND route_opens IS NOT NULL""");
            Array ids = c.createArrayOf("varchar", appealIds.toArray());
            s.setArray(1, ids);
            return s;
        }, rs -> {
            out.put(rs.getString(1), new Route(rs.getString(2), date(rs.getDate(3)),
                    rs.getString(4), rs.getString(5), rs.getString(6)));
        });
        return out;
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
