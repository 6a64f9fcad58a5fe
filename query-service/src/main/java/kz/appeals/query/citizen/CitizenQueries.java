package kz.appeals.query.citizen;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.appeals.query.api.DeadlineRows;
import kz.appeals.query.api.PageOf;
import kz.appeals.query.api.Sort;
import kz.appeals.query.api.Today;

/**
 * The citizen view's reads of its own tables ({@code citizen_appeal}, {@code citizen_party},
 * {@code citizen_deadline}), which {@link CitizenViewProjection} writes: the appeals one person is a party to, with
 * the role they have in each (the first by name when they have several).
 */
@Component
public class CitizenQueries {

    /** Sortable fields of the citizen's list and their columns (as for every appeal list). */
    public static final Map<String, String> SORTABLE = Sort.APPEAL_COLUMNS;

    /**
     * The citizen's list in one statement: the summary columns each item shows, the reader's role, and the next open
     * deadline joined beside each appeal (not one more query per item; issue 13 item 6).
     */
    private static final String LIST = """
            SELECT a.appeal_id, a.registration_number, a.kind, a.state, a.body_name, a.received_at, a.registered_on,
                   a.due_date, a.outcome, a.decided_on, a.route_opens, a.route_open_until, a.route_period,
                   a.route_body_name, a.route_legal_basis, p.role,
                   n.next_deadline_id, n.next_timer, n.next_due_date
            FROM citizen_appeal a
            JOIN (SELECT appeal_id, min(role) AS role FROM citizen_party WHERE id_number = ? GROUP BY appeal_id) p
              ON p.appeal_id = a.appeal_id
            LEFT JOIN LATERAL (SELECT d.deadline_id AS next_deadline_id, d.timer AS next_timer,
                                      d.due_date AS next_due_date FROM citizen_deadline d
                               WHERE d.appeal_id = a.appeal_id AND d.closed_on IS NULL
                               ORDER BY d.due_date, d.deadline_id LIMIT 1) n ON TRUE""";

    private final JdbcTemplate jdbc;
    private final Today today;

    CitizenQueries(JdbcTemplate jdbc, Today today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    /** The appeals an applicant, representative or member may see, with the role they have in each. */
    public PageOf<CitizenAppeal> ofCitizen(String idNumber, Sort sort, int page, int size) {
        Long total = jdbc.queryForObject("""
                SELECT count(*) FROM citizen_appeal a
                WHERE EXISTS (SELECT 1 FROM citizen_party p WHERE p.appeal_id = a.appeal_id AND p.id_number = ?)""",
                Long.class, idNumber);
        List<Object> args = new ArrayList<>(List.of(idNumber, size, (long) page * size));
        // sort.sql only ever yields a column of SORTABLE: the user's text never reaches the SQL
        List<CitizenAppeal> items = jdbc.query(LIST + " ORDER BY " + sort.sql(SORTABLE)
                + ", appeal_id LIMIT ? OFFSET ?", this::row, args.toArray());
        return PageOf.of(items, page, size, total == null ? 0 : total);
    }

    private CitizenAppeal row(ResultSet rs, int rowNum) throws SQLException {
        String appealId = rs.getString("appeal_id");
        LocalDate due = DeadlineRows.date(rs, "due_date");
        LocalDate decided = DeadlineRows.date(rs, "decided_on");
        String opens = rs.getString("route_opens");
        CitizenAppeal.Route route = opens == null ? null : new CitizenAppeal.Route(opens,
                DeadlineRows.date(rs, "route_open_until"), rs.getString("route_period"),
                rs.getString("route_body_name"), rs.getString("route_legal_basis"));
        return new CitizenAppeal(appealId, rs.getString("registration_number"), rs.getString("kind"),
                rs.getString("state"), rs.getString("role"), rs.getString("body_name"),
                rs.getTimestamp("received_at").toInstant(), DeadlineRows.date(rs, "registered_on"), due,
                decided == null ? today.workingDaysUntil(due) : null, rs.getString("outcome"), decided,
                nextDeadline(rs), route);
    }

    private CitizenAppeal.NextDeadline nextDeadline(ResultSet rs) throws SQLException {
        LocalDate due = DeadlineRows.date(rs, "next_due_date");
        return due == null ? null : new CitizenAppeal.NextDeadline(rs.getString("next_deadline_id"),
                rs.getString("next_timer"), due, today.workingDaysUntil(due));
    }
}
