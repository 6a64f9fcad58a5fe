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
 * The citizen view: reads of the appeal-view tables ({@code appeal_view}, {@code appeal_party},
 * {@code appeal_deadline}) for the appeals one person is a party to. Written by the appeal-view read model; this
 * package only reads them, in SQL, and depends on no other read model's code.
 */
@Component
public class CitizenQueries {

    /** Sortable fields of the citizen's list and their columns (as for every appeal list). */
    public static final Map<String, String> SORTABLE = Sort.APPEAL_COLUMNS;

    private final JdbcTemplate jdbc;
    private final Today today;

    CitizenQueries(JdbcTemplate jdbc, Today today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    /** The appeals an applicant, representative or member may see, with the role they have in each. */
    public PageOf<CitizenAppeal> ofCitizen(String idNumber, Sort sort, int page, int size) {
        String select = """
                SELECT v.*, p.role FROM appeal_view v
                JOIN (SELECT appeal_id, min(role) AS role FROM appeal_party WHERE id_number = ? GROUP BY appeal_id) p
                  ON p.appeal_id = v.appeal_id""";
        Long total = jdbc.queryForObject("SELECT count(*) FROM (" + select + ") counted", Long.class, idNumber);
        List<Object> args = new ArrayList<>(List.of(idNumber, size, (long) page * size));
        // sort.sql only ever yields a column of SORTABLE: the user's text never reaches the SQL
        List<CitizenAppeal> items = jdbc.query(select + " ORDER BY " + sort.sql(SORTABLE)
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
                nextDeadline(appealId), route);
    }

    private CitizenAppeal.NextDeadline nextDeadline(String appealId) {
        return jdbc.query("""
                SELECT deadline_id, timer, due_date FROM appeal_deadline
                WHERE appeal_id = ? AND closed_on IS NULL ORDER BY due_date LIMIT 1""",
                (rs, i) -> new CitizenAppeal.NextDeadline(rs.getString(1), rs.getString(2),
                        rs.getDate(3).toLocalDate(), today.workingDaysUntil(rs.getDate(3).toLocalDate())),
                appealId).stream().findFirst().orElse(null);
    }
}
