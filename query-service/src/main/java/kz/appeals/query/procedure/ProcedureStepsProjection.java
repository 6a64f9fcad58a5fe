package kz.appeals.query.procedure;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.appeals.query.projection.ProjectedEvent;
import kz.appeals.query.projection.Projection;
import kz.appeals.query.projection.ReadModelTables;

/** The procedure-steps read model ({@code procedure_step}, query V40): one row per step event, as its fold says. */
@Component
class ProcedureStepsProjection implements Projection {

    private final ReadModelTables tables;

    ProcedureStepsProjection(ReadModelTables tables) {
        this.tables = tables;
    }

    @Override
    public String name() {
        return "procedure-steps";
    }

    @Override
    public List<String> tables() {
        return List.of(ProcedureStepsFold.TABLE);
    }

    /** Every row is one appeal's (keyed by it, its deadlines or its events): the rebuild loads it in bulk. */
    @Override
    public boolean rowsBelongToOneAppeal() {
        return true;
    }

    @Override
    public void apply(ProjectedEvent event) {
        tables.apply(ProcedureStepsFold.changes(event));
    }
}
