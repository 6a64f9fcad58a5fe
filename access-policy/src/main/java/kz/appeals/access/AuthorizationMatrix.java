package kz.appeals.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The one authorization matrix: action × role × scope, with each row's reason, read from
 * {@code authorization-matrix.csv} beside this class. Both services decide every request by it; a cell that is not in
 * the file is refused, so an action nobody wrote a row for is closed to everyone.
 */
public final class AuthorizationMatrix {

    static final String RESOURCE = "authorization-matrix.csv";

    private final Map<String, List<MatrixRow>> byAction;

    AuthorizationMatrix(List<MatrixRow> rows) {
        Map<String, List<MatrixRow>> map = new LinkedHashMap<>();
        for (MatrixRow row : rows) {
            List<MatrixRow> cells = map.computeIfAbsent(row.action(), a -> new ArrayList<>());
            if (cells.stream().anyMatch(c -> c.role() == row.role())) {
                throw new IllegalStateException("two rows for action " + row.action() + " and role " + row.role());
            }
            cells.add(row);
        }
        map.replaceAll((action, cells) -> List.copyOf(cells));
        this.byAction = Collections.unmodifiableMap(map);
    }

    /** The matrix shipped with the code. */
    public static AuthorizationMatrix standard() {
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AuthorizationMatrix read(Reader csv) throws IOException {
        List<MatrixRow> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreSurroundingSpaces(true).get();
        for (CSVRecord r : format.parse(csv)) {
            rows.add(new MatrixRow(r.get("action"), Role.valueOf(r.get("role")), Scope.valueOf(r.get("scope")),
                    r.get("reason")));
        }
        return new AuthorizationMatrix(rows);
    }

    /**
     * May this caller perform this action on this target? The first row whose role the caller holds and whose scope
     * the target satisfies allows it; otherwise the refusal says what was missing.
     */
    public Decision decide(Identity who, String action, Target target) {
        List<MatrixRow> rows = byAction.get(action);
        if (rows == null) {
            return Decision.refuse("no rule allows '" + action + "' (closed by default)");
        }
        MatrixRow outOfScope = null;
        for (MatrixRow row : rows) {
            if (!who.has(row.role())) {
                continue;
            }
            if (inScope(who, row.scope(), target)) {
                return Decision.allow(row);
            }
            outOfScope = outOfScope == null ? row : outOfScope;
        }
        if (outOfScope != null) {
            return Decision.refuse(scopeRefusal(who, outOfScope, action));
        }
        return Decision.refuse("the roles " + new TreeSet<>(who.roles()) + " may not perform '" + action + "'");
    }

    /** Whether any of the caller's roles has a row for the action at all (the check made before the target is known). */
    public boolean mayAttempt(Identity who, String action) {
        return rows(action).stream().anyMatch(r -> who.has(r.role()));
    }

    public List<MatrixRow> rows(String action) {
        return byAction.getOrDefault(action, List.of());
    }

    public Set<String> actions() {
        return byAction.keySet();
    }

    public List<MatrixRow> rows() {
        return byAction.values().stream().flatMap(List::stream).toList();
    }

    static boolean inScope(Identity who, Scope scope, Target target) {
        return switch (scope) {
            case ANY -> true;
            case OWN -> who.idNumber() != null && target.partyIds().contains(who.idNumber());
            case BODY -> who.bodyId() != null && who.bodyId().equals(target.holdingBodyId());
            case REVIEW_BODY -> who.bodyId() != null && who.bodyId().equals(target.reviewBodyId());
        };
    }

    private static String scopeRefusal(Identity who, MatrixRow row, String action) {
        return switch (row.scope()) {
            case OWN -> row.role() + " may perform '" + action + "' only on appeals where they are a party";
            case BODY -> row.role() + " may perform '" + action + "' only on appeals held by their own body ("
                    + (who.bodyId() == null ? "the token names no body" : who.bodyId()) + ")";
            case REVIEW_BODY -> row.role() + " may perform '" + action + "' only on complaints sent to their body ("
                    + (who.bodyId() == null ? "the token names no body" : who.bodyId()) + ") for review";
            case ANY -> row.role() + " may perform '" + action + "'";
        };
    }

    /** The matrix as a Markdown table, action by action (printed in docs/security.md). */
    public String toMarkdown() {
        StringBuilder out = new StringBuilder("| action | role | scope | reason |\n|---|---|---|---|\n");
        for (MatrixRow row : rows()) {
            out.append("| `").append(row.action()).append("` | ").append(row.role()).append(" | ")
                    .append(row.scope()).append(" | ").append(row.reason().replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }
}
