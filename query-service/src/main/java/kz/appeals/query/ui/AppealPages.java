package kz.appeals.query.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kz.appeals.access.Decision;
import kz.appeals.access.Role;
import kz.appeals.access.Target;
import kz.appeals.query.access.PersonalDataPolicy.Redaction;
import kz.appeals.query.access.PersonalDataPolicy.View;
import kz.appeals.query.access.ReadAccess;
import kz.appeals.query.appeal.AppealDetail;
import kz.appeals.query.appeal.AppealReads;
import kz.appeals.query.appeal.AppealView;
import kz.appeals.query.appeal.AppealViewRepository;
import kz.appeals.query.api.BadParameterException;
import kz.appeals.query.api.NotFoundException;
import kz.appeals.query.api.PageOf;
import kz.appeals.query.api.Sort;

/**
 * The appeal list (filters, sorting, paging, export) and one appeal's page. The same decisions as the API's
 * {@code GET /api/appeals} and {@code GET /api/appeals/{id}}: {@code appeal.list} on the body asked for (or the
 * caller's own), {@code appeal.read} on the appeal's real target, personal data as {@code PersonalDataPolicy} gives it
 * for the view (masked in every list and export). An export is {@code appeal.list-export}, written to the access log
 * (refused ones too) before a byte leaves.
 */
@Controller
class AppealPages {

    static final String LIST = "appeal.list";
    static final String EXPORT = "appeal.list-export";
    static final String READ = "appeal.read";
    static final int MAX_EXPORT = 10_000;
    static final List<String> KINDS = java.util.Arrays.stream(kz.appeals.clock.AppealKind.values()).map(Enum::name)
            .toList();

    private final AppealReads reads;
    private final ReadAccess access;
    private final UiQueries queries;

    AppealPages(AppealReads reads, ReadAccess access, UiQueries queries) {
        this.reads = reads;
        this.access = access;
        this.queries = queries;
    }

    /** The list's query string, checked; the same for the page, its live rows and the export. */
    record Query(String body, String state, String kind, String executor, String dueFrom, String dueTo,
                 String sort, int page, int size) {

        AppealReads.Filter filter(Target target) {
            return new AppealReads.Filter(target.holdingBodyId(), target.reviewBodyId(), blank(state), blank(kind),
                    blank(executor), date("dueFrom", dueFrom), date("dueTo", dueTo));
        }

        Sort sorting() {
            return Sort.parse(sort, "receivedAt", false, AppealViewRepository.SORTABLE);
        }

        Map<String, Object> asLogFilter() {
            Map<String, Object> out = new LinkedHashMap<>();
            put(out, "body", body);
            put(out, "state", state);
            put(out, "kind", kind);
            put(out, "executor", executor);
            put(out, "dueFrom", dueFrom);
            put(out, "dueTo", dueTo);
            put(out, "sort", sort);
            return out;
        }

        /** This query with another page or sort, as a link. */
        public String with(String sortBy, Integer toPage) {
            StringBuilder q = new StringBuilder("/ui/appeals?");
            append(q, "body", body);
            append(q, "state", state);
            append(q, "kind", kind);
            append(q, "executor", executor);
            append(q, "dueFrom", dueFrom);
            append(q, "dueTo", dueTo);
            append(q, "sort", sortBy != null ? sortBy : sort);
            append(q, "page", String.valueOf(toPage != null ? toPage : page));
            append(q, "size", String.valueOf(size));
            return q.toString();
        }

        public String export(String format) {
            return with(null, 0).replace("/ui/appeals?", "/ui/appeals/export?format=" + format + "&");
        }

        /** The sort link of a column: ascending first, then flips. */
        public String sortLink(String field) {
            String current = sort == null ? "receivedAt,desc" : sort;
            return with(current.equals(field + ",asc") ? field + ",desc" : field + ",asc", 0);
        }

        private static void append(StringBuilder q, String name, String value) {
            if (value != null && !value.isBlank()) {
                q.append(q.charAt(q.length() - 1) == '?' ? "" : "&").append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }

        private static void put(Map<String, Object> out, String name, String value) {
            if (value != null && !value.isBlank()) {
                out.put(name, value);
            }
        }
    }

    @GetMapping("/ui/appeals")
    String list(@RequestParam(required = false) String body, @RequestParam(required = false) String state,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String executor,
                @RequestParam(required = false) String dueFrom, @RequestParam(required = false) String dueTo,
                @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "20") int size, HttpServletRequest request, Model model) {
        Query q = check(new Query(body, state, kind, executor, dueFrom, dueTo, sort, page, size));
        Target target = target(LIST, q);
        access.require(LIST, target);
        Redaction redaction = access.redaction(LIST, target, View.LIST);
        PageOf<AppealView> found = reads.search(q.filter(target), q.sorting(), page, size);
        model.addAttribute("q", q);
        model.addAttribute("result", PageOf.of(found.items().stream().map(v -> v.redacted(redaction)).toList(),
                found.page(), found.size(), found.totalItems()));
        model.addAttribute("states", AppealReads.STATES);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("canExport", access.permits(EXPORT, target));
        // htmx asks for the rows alone when it polls
        return request.getHeader("HX-Request") != null ? "ui/appeals :: rows" : "ui/appeals";
    }

    @GetMapping("/ui/appeals/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String body,
                                  @RequestParam(required = false) String state,
                                  @RequestParam(required = false) String kind,
                                  @RequestParam(required = false) String executor,
                                  @RequestParam(required = false) String dueFrom,
                                  @RequestParam(required = false) String dueTo,
                                  @RequestParam(required = false) String sort,
                                  @RequestParam(defaultValue = "csv") String format) throws IOException {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new BadParameterException("format", "format must be csv or xlsx");
        }
        Query q = check(new Query(body, state, kind, executor, dueFrom, dueTo, sort, 0, MAX_EXPORT));
        Target target = target(EXPORT, q);
        Map<String, Object> logged = q.asLogFilter();
        logged.put("format", format);
        Decision decision = access.requireRecorded(EXPORT, target, logged, null);
        Redaction redaction = access.redaction(EXPORT, target, View.LIST);
        List<AppealView> rows = reads.search(q.filter(target), q.sorting(), 0, MAX_EXPORT).items().stream()
                .map(v -> v.redacted(redaction)).toList();
        // written before the file leaves: no log entry, no file
        access.recordAllowed(decision, EXPORT, logged, null, (long) rows.size());
        byte[] file;
        MediaType type;
        if (format.equals("csv")) {
            file = Exports.csv(rows).getBytes(StandardCharsets.UTF_8);
            type = MediaType.parseMediaType("text/csv;charset=UTF-8");
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exports.xlsx(rows, out);
            file = out.toByteArray();
            type = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"appeals." + format + "\"")
                .body(file);
    }

    @GetMapping("/ui/appeals/{appealId}")
    String one(@PathVariable String appealId, Model model) {
        // as the API: an unknown id is an appeal of no body, 403 for scoped roles, so ids cannot be probed
        Target target = access.appeal(appealId).orElse(Target.none());
        access.require(READ, target);
        AppealDetail detail = reads.detail(appealId)
                .orElseThrow(() -> new NotFoundException("No appeal with id " + appealId))
                .redacted(access.redaction(READ, target, View.DETAIL));
        model.addAttribute("a", detail.appeal());
        model.addAttribute("detail", detail);
        model.addAttribute("history", queries.history(appealId));
        model.addAttribute("route", queries.routes(List.of(appealId)).get(appealId));
        model.addAttribute("citizenView", access.caller().roles().equals(Set.of(Role.CITIZEN)));
        return "ui/appeal";
    }

    private Target target(String action, Query q) {
        return q.body() == null || q.body().isBlank() ? access.defaultBodyTarget(action, true)
                : Target.appeal(q.body().trim(), null, Set.of());
    }

    private static Query check(Query q) {
        if (q.state() != null && !q.state().isBlank() && !AppealReads.STATES.contains(q.state())) {
            throw new BadParameterException("state", "state must be one of " + String.join(", ", AppealReads.STATES));
        }
        if (q.kind() != null && !q.kind().isBlank() && !KINDS.contains(q.kind())) {
            throw new BadParameterException("kind", "kind must be one of " + String.join(", ", KINDS));
        }
        if (q.page() < 0 || q.size() < 1 || q.size() > MAX_EXPORT) {
            throw new BadParameterException("page", "page must be 0 or more and size between 1 and " + MAX_EXPORT);
        }
        q.filter(Target.body(null));
        q.sorting();
        return q;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, name + " must be a date YYYY-MM-DD");
        }
    }
}
