package kz.appeals.query.statistics;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.appeals.query.statistics.StatisticsController.Row;

/** The statistics read model's reads of {@code appeal_stat}: one row per group. */
@Component
class StatisticsQueries {

    private final JdbcTemplate jdbc;

    StatisticsQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code key} is a grouping expression of the controller's fixed list, {@code where} built from fixed text. */
    List<Row> rows(String key, String where, List<Object> args) {
        return jdbc.query("SELECT " + key + " AS k, count(*), count(decided_on), "
                + "count(*) FILTER (WHERE on_time), count(on_time), avg(working_days_to_decision), "
                + "percentile_cont(0.9) WITHIN GROUP (ORDER BY working_days_to_decision) "
                + "FROM appeal_stat" + where + " GROUP BY k ORDER BY k", (rs, i) -> {
                    long judged = rs.getLong(5);
                    double mean = rs.getDouble(6);
                    boolean noMean = rs.wasNull();
                    double p90 = rs.getDouble(7);
                    boolean noP90 = rs.wasNull();
                    return new Row(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            judged == 0 ? null : StatisticsController.round(rs.getLong(4) / (double) judged),
                            noMean ? null : StatisticsController.round(mean), noP90 ? null : StatisticsController.round(p90));
                }, args.toArray());
    }
}
