package kz.appeals.query.appeal;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.appeals.query.projection.ProjectedEvent;
import kz.appeals.query.projection.Projection;
import kz.appeals.query.projection.ReadModelTables;

/**
 * The appeal detail read model: the appeal's current state, body, executor and review due date
 * ({@code appeal_view}), every deadline it has had ({@code appeal_deadline}), every delivery ({@code appeal_delivery}),
 * who may see it ({@code appeal_party}) and its extensions ({@code appeal_extension}). The citizen view and the body
 * dashboard have tables of their own. What each event changes is {@link AppealViewFold}'s.
 */
@Component
class AppealViewProjection implements Projection {

    private final ReadModelTables tables;

    AppealViewProjection(ReadModelTables tables) {
        this.tables = tables;
    }

    @Override
    public String name() {
        return "appeal-view";
    }

    @Override
    public List<String> tables() {
        return List.of(AppealViewFold.VIEW, AppealViewFold.DEADLINE, AppealViewFold.DELIVERY, AppealViewFold.PARTY,
                AppealViewFold.EXTENSION);
    }

    @Override
    public boolean rowsBelongToOneAppeal() {
        return true;
    }

    @Override
    public void apply(ProjectedEvent event) {
        tables.apply(AppealViewFold.changes(event));
    }
}
