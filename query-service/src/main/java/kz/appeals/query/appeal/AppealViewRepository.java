package kz.appeals.query.appeal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import kz.appeals.query.api.DeadlineRows;
import kz.appeals.query.api.DeadlineView;
import kz.appeals.query.api.ExplanationJson;
import kz.appeals.query.api.PageOf;
import kz.appeals.query.api.Sort;
import kz.appeals.query.api.Today;

/** Reads of the appeal-view read model: one appeal in detail, and lists. */
@Repository
public class AppealViewRepository {

    /** Sortable fields of appeal lists and their columns. */
    public static final Map<String, String> SORTABLE = Sort.APPEAL_COLUMNS;

    /**
     * What a list reads of {@code appeal_view}: the summary columns an {@link AppealView} shows, never the explanation
     * (a detail's only) nor the applicant's contacts (issue 13 item 6).
     */
    static final String SUMMARY_COLUMNS = "appeal_id, registration_number, kind, state, body_id, body_name, "
            + "review_body_id, applicant_type, applicant_id_number, applicant_name, collective, member_count, form, "
            + "channel, received_at, registered_on, review_starts_on, due_date, period, legal_basis, "
            + "rule_set_version, calendar_version, executor_id, co_executors, extension_count, execution_suspended, "
            + "outcome, decided_on, parent_appeal_id, challenged_appeal_id, last_sequence, updated_at";
    /** A list of appeals: its summary columns, filtered by what follows. */
    private static final String LIST = "SELECT " + SUMMARY_COLUMNS + " FROM appeal_view";

    private final JdbcTemplate jdbc;
    private final DeadlineRows deadlineRows;
    private final Today today;

    AppealViewRepository(JdbcTemplate jdbc, DeadlineRows deadlineRows, Today today) {
        this.jdbc = jdbc;
        this.deadlineRows = deadlineRows;
        this.today = today;
    }

    /** One appeal as recorded, personal data in full: the caller redacts it for the reader. */
    Optional<AppealDetail> detail(String appealId) {
        return jdbc.query("SELECT * FROM appeal_view WHERE appeal_id = ?", (rs, i) -> new AppealDetail(row(rs,
                        ExplanationJson.of(rs.getString("explanation"))),
                        "FULL", new AppealDetail.ApplicantContact(rs.getString("applicant_postal_address"),
                        rs.getString("applicant_phone"), rs.getString("applicant_email")), List.of(), List.of()),
                        appealId).stream()
                .findFirst()
                .map(d -> new AppealDetail(d.appeal(), d.personalData(), d.applicantContact(), deadlines(appealId),
                        deliveries(appealId)));
    }

    PageOf<AppealView> search(String bodyId, String reviewBodyId, String state, String executorId, Sort sort,
                              int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (bodyId != null) {
            where.append(" AND body_id = ?");
            args.add(bodyId);
        }
        if (reviewBodyId != null) {
            where.append(" AND review_body_id = ?");
            args.add(reviewBodyId);
        }
        if (state != null) {
            where.append(" AND state = ?");
            args.add(state);
        }
        if (executorId != null) {
            where.append(" AND executor_id = ?");
            args.add(executorId);
        }
        return list(where.toString(), args, sort, page, size);
    }

    /**
     * One page of appeals matching {@code where} (conditions on appeal_view's columns, their values in {@code args}):
     * the summary columns only, so a list never reads an explanation.
     */
    PageOf<AppealView> list(String where, List<Object> args, Sort sort, int page, int size) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM appeal_view" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        // sort.sql only ever yields a column of SORTABLE: the user's text never reaches the SQL
        List<AppealView> items = jdbc.query(LIST + where + " ORDER BY " + sort.sql(SORTABLE)
                + ", appeal_id LIMIT ? OFFSET ?", this::summary, pageArgs.toArray());
        return PageOf.of(items, page, size, total == null ? 0 : total);
    }

    List<DeadlineView> deadlines(String appealId) {
        return jdbc.query("SELECT * FROM appeal_deadline WHERE appeal_id = ? ORDER BY starts_on, deadline_id",
                (rs, i) -> deadlineRows.map(rs), appealId);
    }

    private List<DeliveryView> deliveries(String appealId) {
        return jdbc.query("SELECT * FROM appeal_delivery WHERE appeal_id = ? ORDER BY delivered_at, event_id",
                (rs, i) -> new DeliveryView(rs.getString("document"), rs.getString("document_ref"),
                        rs.getString("recipient_id"), rs.getString("recipient_name"),
                        rs.getBoolean("representative"), rs.getString("channel"),
                        rs.getTimestamp("delivered_at").toInstant(), rs.getString("proof")), appealId);
    }

    /** One row of a list, read with {@link #SUMMARY_COLUMNS}: no explanation. */
    AppealView summary(ResultSet rs, int rowNum) throws SQLException {
        return row(rs, null);
    }

    private AppealView row(ResultSet rs, ExplanationJson explanation) throws SQLException {
        LocalDate due = DeadlineRows.date(rs, "due_date");
        LocalDate decided = DeadlineRows.date(rs, "decided_on");
        String coExecutors = rs.getString("co_executors");
        return new AppealView(rs.getString("appeal_id"), rs.getString("registration_number"), rs.getString("kind"),
                rs.getString("state"), rs.getString("body_id"), rs.getString("body_name"),
                rs.getString("review_body_id"), rs.getString("applicant_type"), rs.getString("applicant_id_number"), rs.getString("applicant_name"),
                rs.getBoolean("collective"), rs.getInt("member_count"), rs.getString("form"),
                rs.getString("channel"), instant(rs.getTimestamp("received_at")), DeadlineRows.date(rs, "registered_on"),
                DeadlineRows.date(rs, "review_starts_on"), due, decided == null ? today.workingDaysUntil(due) : null,
                rs.getString("period"), rs.getString("legal_basis"), rs.getString("rule_set_version"),
                rs.getString("calendar_version"), explanation, rs.getString("executor_id"),
                coExecutors == null || coExecutors.isEmpty() ? List.of() : Arrays.asList(coExecutors.split(",")),
                rs.getInt("extension_count"), rs.getBoolean("execution_suspended"), rs.getString("outcome"),
                decided, rs.getString("parent_appeal_id"), rs.getString("challenged_appeal_id"),
                rs.getLong("last_sequence"), instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
