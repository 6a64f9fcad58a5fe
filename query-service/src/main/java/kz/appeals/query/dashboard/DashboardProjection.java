package kz.appeals.query.dashboard;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.appeals.query.projection.ProjectedEvent;
import kz.appeals.query.projection.Projection;
import kz.appeals.query.projection.ReadModelTables;

/**
 * The body dashboard read model: each appeal under the body that holds it ({@code dashboard_appeal}), the deadlines
 * owed ({@code dashboard_deadline}) and the extensions granted ({@code dashboard_extension}). What each event changes
 * is {@link DashboardFold}'s.
 */
@Component
class DashboardProjection implements Projection {

    private final ReadModelTables tables;

    DashboardProjection(ReadModelTables tables) {
        this.tables = tables;
    }

    @Override
    public String name() {
        return "dashboard";
    }

    @Override
    public List<String> tables() {
        return List.of(DashboardFold.APPEAL, DashboardFold.DEADLINE, DashboardFold.EXTENSION);
    }

    /** Every row is one appeal's (keyed by it, its deadlines or its events): the rebuild loads it in bulk. */
    @Override
    public boolean rowsBelongToOneAppeal() {
        return true;
    }

    @Override
    public void apply(ProjectedEvent event) {
        tables.apply(DashboardFold.changes(event));
    }
}
