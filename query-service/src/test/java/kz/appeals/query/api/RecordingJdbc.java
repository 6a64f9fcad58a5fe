package kz.appeals.query.api;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;

/**
 * A JdbcTemplate that runs nothing and records the SQL it is given (no rows, counts of 0): for query-level tests of
 * what a read selects.
 */
public final class RecordingJdbc extends JdbcTemplate {

    private final List<String> statements = new ArrayList<>();

    public List<String> statements() {
        return List.copyOf(statements);
    }

    /** The statements that read rows (not counts). */
    public List<String> rowReads() {
        return statements.stream().filter(s -> !s.strip().startsWith("SELECT count(")).toList();
    }

    @Override
    public <T> T queryForObject(String sql, Class<T> requiredType, Object... args) {
        statements.add(sql);
        return requiredType.cast(0L);
    }

    @Override
    public <T> List<T> query(String sql, RowMapper<T> rowMapper, Object... args) {
        statements.add(sql);
        return List.of();
    }

    @Override
    public void query(String sql, RowCallbackHandler rch, Object... args) {
        statements.add(sql);
    }
}
