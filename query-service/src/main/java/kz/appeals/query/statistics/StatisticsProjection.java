package kz.appeals.query.statistics;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.appeals.clock.StatutoryClock;
import kz.appeals.query.projection.ProjectedEvent;
import kz.appeals.query.projection.Projection;
import kz.appeals.query.projection.ReadModelTables;

/**
 * One row per appeal with what the statistics are computed from ({@link StatisticsFold}). Working days are counted on
 * the calendar loaded when the event is projected; after a calendar correction a rebuild recounts them.
 */
@Component
class StatisticsProjection implements Projection {

    private final ReadModelTables tables;
    private final StatutoryClock clock;

    StatisticsProjection(ReadModelTables tables, StatutoryClock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "statistics";
    }

    @Override
    public List<String> tables() {
        return List.of(StatisticsFold.TABLE);
    }

    @Override
    public boolean rowsBelongToOneAppeal() {
        return true;
    }

    @Override
    public void apply(ProjectedEvent event) {
        tables.apply(StatisticsFold.changes(event, clock));
        if (StatisticsFold.decides(event)) {
            tables.row(StatisticsFold.TABLE, "appeal_id", event.appealId()).ifPresent(row ->
                    tables.apply(List.of(StatisticsFold.decision(event, clock, row))));
        }
    }
}
