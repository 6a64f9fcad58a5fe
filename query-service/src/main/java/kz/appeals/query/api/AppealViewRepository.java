package kz.appeals.query.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import kz.appeals.clock.ExplanationStep;
import kz.appeals.events.EnvelopeCodec;

@Repository
class AppealViewRepository {

    private static final TypeReference<List<ExplanationStep>> STEPS = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final EnvelopeCodec codec;

    AppealViewRepository(JdbcTemplate jdbc, EnvelopeCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    Optional<AppealView> find(String appealId) {
        return jdbc.query("SELECT * FROM appeal_view WHERE appeal_id = ?", this::row, appealId).stream().findFirst();
    }

    PageOf<AppealView> search(String bodyId, String state, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (bodyId != null) {
            where.append(" AND body_id = ?");
            args.add(bodyId);
        }
        if (state != null) {
            where.append(" AND state = ?");
            args.add(state);
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM appeal_view" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<AppealView> items = jdbc.query("SELECT * FROM appeal_view" + where
                + " ORDER BY received_at DESC, appeal_id LIMIT ? OFFSET ?", this::row, pageArgs.toArray());
        return PageOf.of(items, page, size, total == null ? 0 : total);
    }

    private AppealView row(ResultSet rs, int rowNum) throws SQLException {
        return new AppealView(rs.getString("appeal_id"), rs.getString("registration_number"), rs.getString("kind"),
                rs.getString("state"), rs.getString("body_id"), rs.getString("body_name"),
                rs.getString("applicant_type"), rs.getString("applicant_id_number"), rs.getString("applicant_name"),
                rs.getBoolean("collective"), rs.getInt("member_count"), rs.getString("form"),
                rs.getString("channel"), instant(rs.getTimestamp("received_at")), date(rs, "registered_on"),
                date(rs, "review_starts_on"), date(rs, "due_date"), rs.getString("period"),
                rs.getString("legal_basis"), rs.getString("rule_set_version"), rs.getString("calendar_version"),
                steps(rs.getString("explanation")), rs.getLong("last_sequence"),
                instant(rs.getTimestamp("updated_at")));
    }

    private List<ExplanationStep> steps(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return codec.mapper().readValue(json, STEPS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable explanation in appeal_view", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
