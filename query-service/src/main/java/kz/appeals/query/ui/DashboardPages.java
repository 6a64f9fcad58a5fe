package kz.appeals.query.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kz.appeals.access.Identity;
import kz.appeals.access.Target;
import kz.appeals.query.access.ReadAccess;
import kz.appeals.query.api.Today;
import kz.appeals.query.dashboard.Dashboard;
import kz.appeals.query.dashboard.DashboardController;

/**
 * A head's morning (scenario 7): due today, within 3 working days, overdue, per executor, extensions this month and
 * the on-time rate against the previous quarter. The figures are the API's dashboard (same access decision,
 * {@code body.dashboard} on the body) plus the statistics read model, shown only to whom {@code statistics.read}
 * allows on that body. The figures part reloads itself every few seconds (htmx), so new appeals appear unasked.
 */
@Controller
class DashboardPages {

    static final int WITHIN_WORKING_DAYS = 3;

    record Quarter(String label, LocalDate from, LocalDate to) {
        static Quarter of(LocalDate day) {
            int q = (day.getMonthValue() - 1) / 3;
            LocalDate from = LocalDate.of(day.getYear(), q * 3 + 1, 1);
            return new Quarter(day.getYear() + " Q" + (q + 1), from, from.plusMonths(3));
        }

        Quarter previous() {
            return of(from.minusDays(1));
        }
    }

    record OnTimeFigures(Quarter current, UiQueries.OnTime now, Quarter previous, UiQueries.OnTime before) {
    }

    private final DashboardController dashboards;
    private final UiQueries queries;
    private final ReadAccess access;
    private final Today today;

    DashboardPages(DashboardController dashboards, UiQueries queries, ReadAccess access, Today today) {
        this.dashboards = dashboards;
        this.queries = queries;
        this.access = access;
        this.today = today;
    }

    @GetMapping("/ui/dashboard")
    String page(@RequestParam(required = false) String body, Model model) {
        String bodyId = body(body);
        model.addAttribute("bodyId", bodyId);
        if (bodyId != null) {
            figures(bodyId, model);
        }
        return "ui/dashboard";
    }

    /** The live part alone, for htmx to swap in. */
    @GetMapping("/ui/dashboard/live")
    String live(@RequestParam(required = false) String body, Model model) {
        String bodyId = body(body);
        if (bodyId == null) {
            throw new kz.appeals.query.api.BadParameterException("body", "body is required");
        }
        model.addAttribute("bodyId", bodyId);
        figures(bodyId, model);
        return "ui/dashboard :: live";
    }

    /** An official's own body unless they name another (which the matrix then judges); a prosecutor names one. */
    private String body(String requested) {
        if (requested != null && !requested.isBlank()) {
            return requested.trim();
        }
        Identity who = access.caller();
        return who.bodyId();
    }

    private void figures(String bodyId, Model model) {
        Dashboard d = dashboards.dashboard(bodyId, WITHIN_WORKING_DAYS, null);
        LocalDate now = d.today();
        model.addAttribute("d", d);
        model.addAttribute("dueToday", queries.dueToday(bodyId, now));
        model.addAttribute("dueTodayItems", d.dueWithin().items().stream()
                .filter(i -> now.equals(i.deadline().dueDate())).toList());
        model.addAttribute("recent", queries.recent(bodyId, 10));
        model.addAttribute("open", d.countsByState().entrySet().stream()
                .filter(e -> !List.of("DECIDED", "TERMINATED", "RETURNED", "WITHDRAWN", "ATTACHED",
                        "LEFT_WITHOUT_CONSIDERATION", "COURT_DECISION_EXECUTED").contains(e.getKey()))
                .mapToLong(java.util.Map.Entry::getValue).sum());
        model.addAttribute("executorLabels", d.executors().stream().map(Dashboard.ExecutorQueue::executorId)
                .collect(Collectors.joining("|")));
        model.addAttribute("executorOpen", join(d.executors().stream().map(Dashboard.ExecutorQueue::openAppeals)));
        model.addAttribute("executorDue", join(d.executors().stream().map(Dashboard.ExecutorQueue::dueWithin)));
        model.addAttribute("executorOverdue", join(d.executors().stream().map(Dashboard.ExecutorQueue::overdue)));
        model.addAttribute("stateLabels", String.join("|", d.countsByState().keySet()));
        model.addAttribute("stateValues", join(d.countsByState().values().stream()));
        if (access.permits("statistics.read", Target.body(bodyId))) {
            Quarter current = Quarter.of(today.date());
            Quarter previous = current.previous();
            model.addAttribute("onTime", new OnTimeFigures(current,
                    queries.onTime(bodyId, current.from(), current.to()), previous,
                    queries.onTime(bodyId, previous.from(), previous.to())));
        }
    }

    private static String join(java.util.stream.Stream<Long> values) {
        return values.map(String::valueOf).collect(Collectors.joining("|"));
    }
}
