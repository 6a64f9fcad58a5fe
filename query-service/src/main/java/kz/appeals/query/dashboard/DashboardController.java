package kz.appeals.query.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import kz.appeals.access.Target;
import kz.appeals.query.access.ReadAccess;
import kz.appeals.edge.EdgeValues;
import kz.appeals.query.api.BadParameterException;
import kz.appeals.query.api.Ids;
import kz.appeals.query.api.DeadlineRows;
import kz.appeals.query.api.Today;

/** The agency dashboard per body: counts by state, what is due soon, what is late, per executor, extensions. */
@RestController
@RequestMapping(path = "/api/bodies", produces = MediaType.APPLICATION_JSON_VALUE)
public class DashboardController {

    static final int MAX_ITEMS = 50;
    private static final String OPEN_DEADLINES = """
            FROM appeal_deadline d JOIN appeal_view v ON v.appeal_id = d.appeal_id
            WHERE v.body_id = ? AND d.closed_on IS NULL""";

    private final JdbcTemplate jdbc;
    private final Today today;
    private final DeadlineRows deadlines;
    private final ReadAccess access;

    DashboardController(JdbcTemplate jdbc, Today today, DeadlineRows deadlines, ReadAccess access) {
        this.jdbc = jdbc;
        this.today = today;
        this.deadlines = deadlines;
        this.access = access;
    }

    @Operation(summary = "Dashboard of one body: counts by state, deadlines due within N working days (default 3), "
            + "overdue deadlines, per-executor queues, extensions in a month (default this month), complaints",
            description = "For the body's own officials and control unit, and a prosecutor. No personal data: "
                    + "appeals appear by id and registration number only.")
    @GetMapping("/{bodyId}/dashboard")
    public Dashboard dashboard(@PathVariable String bodyId,
                        @RequestParam(defaultValue = "3") int withinWorkingDays,
                        @RequestParam(required = false) String month) {
        Ids.body("bodyId", "path", bodyId);
        access.require("body.dashboard", Target.body(bodyId));
        if (withinWorkingDays < 0 || withinWorkingDays > 60) {
            throw new BadParameterException("withinWorkingDays", "withinWorkingDays must be between 0 and 60");
        }
        LocalDate now = today.date();
        YearMonth extensionMonth = month(month, now);
        LocalDate dueBy = today.workingDaysAhead(withinWorkingDays);

        Map<String, Long> byState = new LinkedHashMap<>();
        jdbc.query("SELECT state, count(*) FROM appeal_view WHERE body_id = ? GROUP BY state ORDER BY state",
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
                FROM appeal_view v
                LEFT JOIN appeal_deadline d ON d.appeal_id = v.appeal_id AND d.closed_on IS NULL
                WHERE v.body_id = ? AND v.executor_id IS NOT NULL
                GROUP BY v.executor_id ORDER BY v.executor_id""",
                (rs, i) -> new Dashboard.ExecutorQueue(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                Date.valueOf(now), Date.valueOf(dueBy), Date.valueOf(now), bodyId);

        long inMonth = jdbc.queryForObject("""
                SELECT count(*) FROM appeal_extension WHERE body_id = ? AND decided_on >= ? AND decided_on < ?""",
                Long.class, bodyId, Date.valueOf(extensionMonth.atDay(1)),
                Date.valueOf(extensionMonth.plusMonths(1).atDay(1)));
        long extensions = jdbc.queryForObject("SELECT count(*) FROM appeal_extension WHERE body_id = ?", Long.class,
                bodyId);
        long complaintsOpen = jdbc.queryForObject("SELECT count(*) FROM appeal_view WHERE body_id = ? "
                + "AND kind = 'COMPLAINT' AND outcome IS NULL", Long.class, bodyId);
        long complaints = jdbc.queryForObject("SELECT count(*) FROM appeal_view WHERE body_id = ? "
                + "AND kind = 'COMPLAINT'", Long.class, bodyId);

        return new Dashboard(bodyId, now, byState, dueWithin, overdue, executors,
                new Dashboard.Extensions(extensionMonth.toString(), inMonth, extensions),
                new Dashboard.Complaints(complaintsOpen, complaints));
    }

    private Dashboard.DeadlineList list(Integer workingDays, LocalDate dueBy, String condition, Object... args) {
        long count = jdbc.queryForObject("SELECT count(*) " + OPEN_DEADLINES + condition, Long.class, args);
        Object[] pageArgs = java.util.Arrays.copyOf(args, args.length + 1);
        pageArgs[args.length] = MAX_ITEMS;
        List<Dashboard.Item> items = jdbc.query("SELECT d.*, v.registration_number, v.executor_id "
                        + OPEN_DEADLINES + condition + " ORDER BY d.due_date, d.deadline_id LIMIT ?",
                (rs, i) -> new Dashboard.Item(rs.getString("appeal_id"), rs.getString("registration_number"),
                        rs.getString("executor_id"), deadlines.map(rs)), pageArgs);
        return new Dashboard.DeadlineList(workingDays, dueBy, count, items);
    }

    private static YearMonth month(String month, LocalDate now) {
        if (month == null || month.isBlank()) {
            return YearMonth.from(now);
        }
        return EdgeValues.month("month", "query", month);
    }
}
