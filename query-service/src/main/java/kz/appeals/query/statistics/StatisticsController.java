package kz.appeals.query.statistics;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import kz.appeals.access.Target;
import kz.appeals.query.access.ReadAccess;
import kz.appeals.edge.EdgeValues;
import kz.appeals.query.api.BadParameterException;
import kz.appeals.query.api.Ids;

/**
 * Statistics by kind, body, month of registration or outcome: appeals, decisions, the on-time rate, and mean and
 * 90th-percentile working days from registration to decision. JSON, or CSV with {@code format=csv}.
 */
@RestController
@RequestMapping(path = "/api/statistics")
class StatisticsController {

    private static final Map<String, String> GROUPS = Map.of(
            "kind", "kind",
            "body", "body_id",
            "month", "to_char(registered_on, 'YYYY-MM')",
            "outcome", "coalesce(outcome, 'PENDING')");

    record Row(String key, long appeals, long decided, long decidedOnTime, Double onTimeRate,
               Double meanWorkingDaysToDecision, Double p90WorkingDaysToDecision) {
    }

    static final String ACTION = "statistics.read";

    private final StatisticsQueries queries;
    private final ReadAccess access;

    StatisticsController(StatisticsQueries queries, ReadAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @Operation(summary = "Statistics grouped by kind, body, month or outcome, for appeals registered in [from, to)",
            description = "groupBy: kind | body | month | outcome. from/to: YYYY-MM-DD. body: one body only. "
                    + "format=csv for a CSV file. A body's management may name only their own body, and without "
                    + "body get their own; a prosecutor or auditor any or all. Counts only, no personal data.")
    @ApiResponse(responseCode = "200", description = "One row per group: JSON (format=json) or CSV (format=csv)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @ArraySchema(schema = @Schema(implementation = Row.class))),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string",
                    description = "key,appeals,decided,decidedOnTime,onTimeRate,meanWorkingDaysToDecision,"
                            + "p90WorkingDaysToDecision"))})
    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ResponseEntity<?> statistics(@RequestParam(defaultValue = "kind") String groupBy,
                                 @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to,
                                 @RequestParam(required = false) String body,
                                 @RequestParam(defaultValue = "json") String format) {
        String key = GROUPS.get(groupBy);
        if (key == null) {
            throw new BadParameterException("groupBy", "groupBy must be one of kind, body, month, outcome");
        }
        if (!format.equals("json") && !format.equals("csv")) {
            throw new BadParameterException("format", "format must be json or csv");
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (from != null) {
            where.append(" AND registered_on >= ?");
            args.add(Date.valueOf(date("from", from)));
        }
        if (to != null) {
            where.append(" AND registered_on < ?");
            args.add(Date.valueOf(date("to", to)));
        }
        Target target = body == null || body.isBlank() ? access.defaultBodyTarget(ACTION, false)
                : Target.body(Ids.body("body", "query", body));
        access.require(ACTION, target);
        if (target.holdingBodyId() != null) {
            where.append(" AND body_id = ?");
            args.add(target.holdingBodyId());
        }
        List<Row> rows = queries.rows(key, where.toString(), args);
        if (format.equals("csv")) {
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statistics-" + groupBy + ".csv\"")
                    .body(csv(rows));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rows);
    }

    static String csv(List<Row> rows) {
        String header = "key,appeals,decided,decidedOnTime,onTimeRate,meanWorkingDaysToDecision,"
                + "p90WorkingDaysToDecision\n";
        return header + rows.stream().map(r -> String.join(",", quote(r.key()), Long.toString(r.appeals()),
                Long.toString(r.decided()), Long.toString(r.decidedOnTime()), number(r.onTimeRate()),
                number(r.meanWorkingDaysToDecision()), number(r.p90WorkingDaysToDecision())))
                .collect(Collectors.joining("\n", "", rows.isEmpty() ? "" : "\n"));
    }

    private static String quote(String value) {
        return CsvCells.text(value); // a body id or outcome must never run as a spreadsheet formula
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static LocalDate date(String parameter, String value) {
        return EdgeValues.date(parameter, "query", value);
    }
}
