package kz.appeals.query.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;


import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import kz.appeals.access.Decision;
import kz.appeals.access.Target;
import kz.appeals.events.EventEnvelope;
import kz.appeals.query.access.AccessLog;
import kz.appeals.query.access.ReadAccess;
import kz.appeals.edge.EdgeLimits;
import kz.appeals.edge.EdgeValues;
import kz.appeals.query.api.Ids;
import kz.appeals.query.api.NotFoundException;
import kz.appeals.query.api.PageOf;
import kz.appeals.query.api.Paging;

/**
 * What auditors and prosecutors read: the full ordered history, the state at any past instant, exports (each written
 * to the access log with who, when, filter and how many lines) and the access log itself. The events are given as
 * recorded, personal data included: that is what an audit checks, and only these two roles have a row.
 */
@RestController
@RequestMapping(path = "/api/audit")
class AuditController {

    static final String HISTORY = "audit.history";
    static final String EXPORT = "audit.export";

    private final AuditJournal journal;
    private final ReadAccess access;
    private final AccessLog accessLog;

    AuditController(AuditJournal journal, ReadAccess access, AccessLog accessLog) {
        this.journal = journal;
        this.access = access;
        this.accessLog = accessLog;
    }

    @Operation(summary = "Every event of an appeal in order, with actor, legal basis, rule-set and calendar versions")
    @ApiResponse(responseCode = "200", description = "The events in order")
    @ApiResponse(responseCode = "404", description = "No events for this appeal")
    @GetMapping(path = "/appeals/{appealId}/events", produces = MediaType.APPLICATION_JSON_VALUE)
    List<EventEnvelope> history(@PathVariable String appealId) {
        Ids.appeal("appealId", "path", appealId);
        access.require(HISTORY, access.appeal(appealId).orElse(Target.none()));
        List<EventEnvelope> events = events(appealId, null);
        if (events.isEmpty()) {
            throw new NotFoundException("No events for appeal " + appealId);
        }
        return events;
    }

    @Operation(summary = "The state of an appeal as of a past instant, folded from its history up to that instant")
    @ApiResponse(responseCode = "200", description = "The folded state")
    @ApiResponse(responseCode = "404", description = "No events for this appeal")
    @GetMapping(path = "/appeals/{appealId}/as-of", produces = MediaType.APPLICATION_JSON_VALUE)
    AppealTimeline.AsOf asOf(@PathVariable String appealId, @RequestParam String at) {
        Ids.appeal("appealId", "path", appealId);
        access.require(HISTORY, access.appeal(appealId).orElse(Target.none()));
        Instant instant = instant("at", at);
        if (events(appealId, null).isEmpty()) {
            throw new NotFoundException("No events for appeal " + appealId);
        }
        List<EventEnvelope> upTo = events(appealId, instant);
        return AppealTimeline.fold(appealId, instant, journal.payloads(upTo),
                upTo.isEmpty() ? null : upTo.get(upTo.size() - 1));
    }

    @Operation(summary = "Export the history of a body's appeals and/or a period as JSON lines, in journal order",
            description = "from/to filter on occurredAt (ISO-8601 with offset, to exclusive); body on any body the "
                    + "appeal has been at. The same parameters give the same lines later. PROSECUTOR and AUDITOR "
                    + "only; every export is written to the access log (who, when, filter, lines).")
    @ApiResponse(responseCode = "200", description = "One event envelope (JSON) per line", content = @Content(
            mediaType = "application/x-ndjson"))
    @GetMapping(path = "/export", produces = "application/x-ndjson")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String body,
                                                 @RequestParam(required = false) String from,
                                                 @RequestParam(required = false) String to) {
        String bodyFilter = Ids.body("body", "query", body == null || body.isBlank() ? null : body);
        Decision decision = access.require(EXPORT, Target.body(bodyFilter));
        Instant fromInstant = from == null ? null : instant("from", from);
        Instant toInstant = to == null ? null : instant("to", to);
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("body", bodyFilter);
        filter.put("from", from);
        filter.put("to", to);
        // recorded before the first line leaves; the line count is added when the stream ends (or breaks)
        long entry = access.recordAllowed(decision, EXPORT, filter, null, null);
        StreamingResponseBody stream = out -> {
            AtomicLong lines = new AtomicLong();
            try {
                journal.export(body == null || body.isBlank() ? null : body, fromInstant, toInstant, line -> {
                    write(out, line);
                    lines.incrementAndGet();
                });
            } finally {
                access.recordCount(entry, lines.get());
            }
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-ndjson")).body(stream);
    }

    @Operation(summary = "The access log: exports and reads of a person's appeals by IIN/BIN, newest first",
            description = "Filters: subject (the token subject), idNumber (whose data was read), action, from/to "
                    + "(ISO-8601 with offset, to exclusive). Paged. AUDITOR and PROSECUTOR only.")
    @GetMapping(path = "/access-log", produces = MediaType.APPLICATION_JSON_VALUE)
    PageOf<AccessLog.Entry> accessLog(@RequestParam(required = false) String subject,
                                      @RequestParam(required = false) String idNumber,
                                      @RequestParam(required = false) String action,
                                      @RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size) {
        access.require("audit.access-log", Target.none());
        Paging.check(page, size);
        Ids.text("subject", "query", subject, EdgeLimits.SUBJECT);
        Ids.idNumber("idNumber", "query", blankToNull(idNumber));
        Ids.text("action", "query", action, EdgeLimits.ACTION);
        return accessLog.search(blankToNull(subject), blankToNull(idNumber), blankToNull(action),
                from == null ? null : instant("from", from), to == null ? null : instant("to", to), page, size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static void write(OutputStream out, String line) {
        try {
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<EventEnvelope> events(String appealId, Instant upTo) {
        return journal.events(appealId, upTo);
    }

    static Instant instant(String parameter, String value) {
        return EdgeValues.instant(parameter, "query", value);
    }
}
