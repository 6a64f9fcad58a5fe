package kz.appeals.query.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.appeals.access.Identity;
import kz.appeals.access.Role;
import kz.appeals.query.api.PageOf;

/**
 * The access log (table {@code access_log}): who exported personal data or read a person's appeals by IIN/BIN, when,
 * through which endpoint, with which filter, how many records, and whether it was allowed. Entries are written in the
 * request, before its data leaves the service: if the log cannot be written, the data is not given out.
 * <p>
 * The person's IIN/BIN is stored in full: the log exists to answer "who looked at this person's data", which a masked
 * number cannot, and an unkeyed hash of an IIN (birth date, serial, check digit) is reversed by trying them all. The
 * log is readable only by AUDITOR and PROSECUTOR, who read the full record anyway.
 */
@Component
public class AccessLog {

    public enum Outcome { ALLOWED, REFUSED }

    public record Entry(long id, Instant at, String subject, String displayName, List<String> roles,
                        String actingRole, String bodyId, String clientId, String action, String method,
                        String endpoint, JsonNode filter, String personId, Long recordCount, String outcome,
                        String reason) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    AccessLog(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Records one access; returns the entry's id (to add the record count to when it is known only later). */
    public long record(Identity who, Role actingRole, String action, String method, String endpoint,
                       Map<String, ?> filter, String personId, Long recordCount, Outcome outcome, String reason) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var s = c.prepareStatement("""
                    INSERT INTO access_log (at, subject, display_name, roles, acting_role, body_id, client_id, action,
                        method, endpoint, filter, person_id, record_count, outcome, reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)""", new String[] {"id"});
            s.setTimestamp(1, Timestamp.from(clock.instant()));
            s.setString(2, who.subject() == null ? "(no subject)" : who.subject());
            s.setString(3, who.displayName());
            s.setString(4, String.join(",", new TreeSet<>(who.roles().stream().map(Role::name).toList())));
            s.setString(5, actingRole == null ? null : actingRole.name());
            s.setString(6, who.bodyId());
            s.setString(7, who.clientId());
            s.setString(8, action);
            s.setString(9, method);
            s.setString(10, endpoint);
            s.setString(11, toJson(filter));
            s.setString(12, personId);
            s.setObject(13, recordCount);
            s.setString(14, outcome.name());
            s.setString(15, reason);
            return s;
        }, key);
        return key.getKey().longValue();
    }

    public void recordCount(long entryId, long count) {
        jdbc.update("UPDATE access_log SET record_count = ? WHERE id = ?", count, entryId);
    }

    /** Newest first; every filter is optional. */
    public PageOf<Entry> search(String subject, String personId, String action, Instant from, Instant to, int page,
                                int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (subject != null) {
            where.append(" AND subject = ?");
            args.add(subject);
        }
        if (personId != null) {
            where.append(" AND person_id = ?");
            args.add(personId);
        }
        if (action != null) {
            where.append(" AND action = ?");
            args.add(action);
        }
        if (from != null) {
            where.append(" AND at >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            where.append(" AND at < ?");
            args.add(Timestamp.from(to));
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM access_log" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<Entry> items = jdbc.query("SELECT * FROM access_log" + where + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
                (rs, i) -> new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("subject"),
                        rs.getString("display_name"), Arrays.asList(rs.getString("roles").split(",")),
                        rs.getString("acting_role"), rs.getString("body_id"), rs.getString("client_id"),
                        rs.getString("action"), rs.getString("method"), rs.getString("endpoint"),
                        readJson(rs.getString("filter")), rs.getString("person_id"),
                        rs.getObject("record_count") == null ? null : rs.getLong("record_count"),
                        rs.getString("outcome"), rs.getString("reason")),
                pageArgs.toArray());
        return PageOf.of(items, page, size, total == null ? 0 : total);
    }

    private String toJson(Map<String, ?> filter) {
        try {
            return json.writeValueAsString(filter == null ? Map.of() : filter);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode readJson(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
