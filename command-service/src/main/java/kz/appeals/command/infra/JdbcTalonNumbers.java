package kz.appeals.command.infra;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.appeals.command.domain.TalonNumbers;

/**
 * One row per prefix and year, bumped atomically by an upsert: unique across every instance of the service. It runs
 * in the command's transaction, so a rejected command leaves no number behind.
 */
@Component
class JdbcTalonNumbers implements TalonNumbers {

    private final JdbcTemplate jdbc;

    JdbcTalonNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long next(String prefix, int year) {
        Long value = jdbc.queryForObject("""
                INSERT INTO registration_counter (prefix, year, last_value) VALUES (?, ?, 1)
                ON CONFLICT (prefix, year) DO UPDATE SET last_value = registration_counter.last_value + 1
                RETURNING last_value""", Long.class, prefix, year);
        return value;
    }
}
