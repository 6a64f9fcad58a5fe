package kz.appeals.query.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.http.MediaType;
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
import kz.appeals.query.api.Today;

/** The agency dashboard per body: counts by state, what is due soon, what is late, per executor, extensions. */
@RestController
@RequestMapping(path = "/api/bodies", produces = MediaType.APPLICATION_JSON_VALUE)
public class DashboardController {

    private final DashboardQueries queries;
    private final Today today;
    private final ReadAccess access;

    DashboardController(DashboardQueries queries, Today today, ReadAccess access) {
        this.queries = queries;
        this.today = today;
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

        return queries.dashboard(bodyId, now, withinWorkingDays, dueBy, extensionMonth);
    }

    private static YearMonth month(String month, LocalDate now) {
        if (month == null || month.isBlank()) {
            return YearMonth.from(now);
        }
        return EdgeValues.month("month", "query", month);
    }
}
