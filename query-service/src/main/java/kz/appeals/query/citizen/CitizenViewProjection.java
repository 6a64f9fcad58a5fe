package kz.appeals.query.citizen;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.appeals.query.projection.ProjectedEvent;
import kz.appeals.query.projection.Projection;
import kz.appeals.query.projection.ReadModelTables;

/**
 * The citizen view read model: appeals as their parties see them ({@code citizen_appeal}), who the parties are
 * ({@code citizen_party}) and the deadlines the next one is taken from ({@code citizen_deadline}). What each event changes is {@link CitizenViewFold}'s.
 */
@Component
class CitizenViewProjection implements Projection {

    private final ReadModelTables tables;

    CitizenViewProjection(ReadModelTables tables) {
        this.tables = tables;
    }

    @Override
    public String name() {
        return "citizen-view";
    }

    @Override
    public List<String> tables() {
        return List.of(CitizenViewFold.APPEAL, CitizenViewFold.PARTY, CitizenViewFold.DEADLINE);
    }

    /** Every row is one appeal's (keyed by it, its deadlines or its events): the rebuild loads it in bulk. */
    @Override
    public boolean rowsBelongToOneAppeal() {
        return true;
    }

    @Override
    public void apply(ProjectedEvent event) {
        tables.apply(CitizenViewFold.changes(event));
    }
}
