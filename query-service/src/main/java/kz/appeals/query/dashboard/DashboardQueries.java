package kz.appeals.query.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.appeals.query.api.DeadlineRows;

/**
 * The body dashboard's reads of its own tables ({@code dashboard_appeal}, {@code dashboard_deadline},
 * {@code dashboard_extension}), which {@link DashboardProjection} writes: an appeal counts for the body that holds it
 * (the shared lifecycle's holding body: the competent body after a redirect, the review body once a complaint is
 * forwarded, APPC arts. 65, 91(4)). What depends on today (due within N working days, overdue) is counted here.
 */
@Component
class DashboardQueries {

    static final int MAX_ITEMS = 50;
    private static final String OPEN_DEADLINES = """
            FROM dashboard_deadline d JOIN dashboard_appeal v ON v.appeal_id = d.appeal_id
            WHERE v.body_id = ? AND d.closed_on IS NULL""";
    private static final String DEADLINE_SUMMARY = Arrays.stream(DeadlineRows.SUMMARY_COLUMNS.split(", "))
            .map(c -> "d." + c).collect(Collectors.joining(", "));

    private final JdbcTemplate jdbc;
    private final DeadlineRows deadlines;

    DashboardQueries(JdbcTemplate jdbc, DeadlineRows deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    Dashboard dashboard(String bodyId, LocalDate now, int withinWorkingDays, LocalDate dueBy,
                        YearMonth extensionMonth) {
        Map<String, Long> byState = new LinkedHashMap<>();
        jdbc.query("SELECT state, count(*) FROM dashboard_appeal WHERE body_id = ? GROUP BY state ORDER BY state",
                rs -> {
                    byState.put(rs.getString(1), rs.getLong(2));
                }, bodyId);

        Dashboard.DeadlineList dueWithin = list(withinWorkingDays, dueBy,
                " AND d.due_date BETWEEN ? AND ?", bodyId, Date.valueOf(now), Date.valueOf(dueBy));
        Dashboard.DeadlineList overdue = list(null, null, " AND d.due_date < ?", bodyId, Date.valueOf(now));

        List<Dashboard.ExecutorQueue> executors = jdbc.query("""
                SELECT v.executor_id,
                       count(DISTINCT v.appeal_id) FILTER (WHERE v.outcome IS NULL),
                       count(d.deadline_id) FILTER (WHERE d.due_date BETWEEN ? AND ?),
                       count(d.deadline_id) FILTER (WHERE d.due_date < ?)
                FROM dashboard_appeal v
                LEFT JOIN dashboard_deadline d ON d.appeal_id = v.appeal_id AND d.closed_on IS NULL
                WHERE v.body_id = ? AND v.executor_id IS NOT NULL
                GROUP BY v.executor_id ORDER BY v.executor_id""",
                (rs, i) -> new Dashboard.ExecutorQueue(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                Date.valueOf(now), Date.valueOf(dueBy), Date.valueOf(now), bodyId);

        long inMonth = jdbc.queryForObject("""
                SELECT count(*) FROM dashboard_extension WHERE body_id = ? AND decided_on >= ? AND decided_on < ?""",
                Long.class, bodyId, Date.valueOf(extensionMonth.atDay(1)),
                Date.valueOf(extensionMonth.plusMonths(1).atDay(1)));
        long extensions = jdbc.queryForObject("SELECT count(*) FROM dashboard_extension WHERE body_id = ?", Long.class,
                bodyId);
        long complaintsOpen = jdbc.queryForObject("SELECT count(*) FROM dashboard_appeal WHERE body_id = ? "
                + "AND kind = 'COMPLAINT' AND outcome IS NULL", Long.class, bodyId);
        long complaints = jdbc.queryForObject("SELECT count(*) FROM dashboard_appeal WHERE body_id = ? "
                + "AND kind = 'COMPLAINT'", Long.class, bodyId);

        return new Dashboard(bodyId, now, byState, dueWithin, overdue, executors,
                new Dashboard.Extensions(extensionMonth.toString(), inMonth, extensions),
                new Dashboard.Complaints(complaintsOpen, complaints));
    }

    private Dashboard.DeadlineList list(Integer workingDays, LocalDate dueBy, String condition, Object... args) {
        long count = jdbc.queryForObject("SELECT count(*) " + OPEN_DEADLINES + condition, Long.class, args);
        Object[] pageArgs = Arrays.copyOf(args, args.length + 1);
        pageArgs[args.length] = MAX_ITEMS;
        // the deadlines' summary columns only: a dashboard never reads an explanation (issue 13 item 6)
        List<Dashboard.Item> items = jdbc.query("SELECT " + DEADLINE_SUMMARY
                        + ", v.registration_number, v.executor_id " + OPEN_DEADLINES + condition + " ORDER BY d.due_date, d.deadline_id LIMIT ?",
                (rs, i) -> new Dashboard.Item(rs.getString("appeal_id"), rs.getString("registration_number"),
                        rs.getString("executor_id"), deadlines.summary(rs)), pageArgs);
        return new Dashboard.DeadlineList(workingDays, dueBy, count, items);
    }
}
