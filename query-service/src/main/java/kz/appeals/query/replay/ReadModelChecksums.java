package kz.appeals.query.replay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.appeals.query.projection.Projection;

/**
 * A checksum per read model that anyone can recompute with psql: the MD5 of every row's text form, rows sorted by
 * that text, tables in the model's order. Two tables with the same rows have the same checksum whatever their
 * physical order, so "rebuilt equals live" is one comparison.
 */
@Component
public class ReadModelChecksums {

    /** The SQL for one table; {@code %s} is the table name. Shown in docs so an auditor can run it by hand. */
    public static final String TABLE_CHECKSUM_SQL =
            "SELECT md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) FROM (SELECT t::text AS r FROM %s t) rows";

    private final JdbcTemplate jdbc;

    public ReadModelChecksums(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record ModelChecksum(String readModel, String checksum, Map<String, Long> rows) {
    }

    public ModelChecksum of(Projection projection) {
        return of(projection, null);
    }

    /** @param schema where the tables are; null for the live tables */
    public ModelChecksum of(Projection projection, String schema) {
        StringBuilder combined = new StringBuilder();
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : projection.tables()) {
            String qualified = schema == null ? table : schema + "." + table;
            combined.append(jdbc.queryForObject(TABLE_CHECKSUM_SQL.formatted(qualified), String.class));
            rows.put(table, jdbc.queryForObject("SELECT count(*) FROM " + qualified, Long.class));
        }
        String checksum = projection.tables().size() == 1 ? combined.toString()
                : jdbc.queryForObject("SELECT md5(?)", String.class, combined.toString());
        return new ModelChecksum(projection.name(), checksum, rows);
    }

    public List<ModelChecksum> all(List<Projection> projections) {
        return projections.stream().map(this::of).toList();
    }
}
