package kz.appeals.query.intake;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.appeals.query.projection.ProjectedEvent;
import kz.appeals.query.projection.Projection;
import kz.appeals.query.projection.ReadModelTables;

/**
 * The intake read model ({@code appeal_intake}, issue 12): the appeal's language and its act's or answer's (APPC
 * arts. 22, 89(2)), whether it is anonymous (art. 64(7-2)) and the defects recorded when it was registered (arts. 63,
 * 64(1), 64(6), 88(1)(2)), so the registrar sees what to ask the applicant for. What each event changes is
 * {@link IntakeFold}'s.
 */
@Component
class IntakeProjection implements Projection {

    private final ReadModelTables tables;

    IntakeProjection(ReadModelTables tables) {
        this.tables = tables;
    }

    @Override
    public String name() {
        return "appeal-intake";
    }

    @Override
    public List<String> tables() {
        return List.of(IntakeFold.INTAKE);
    }

    @Override
    public boolean rowsBelongToOneAppeal() {
        return true;
    }

    @Override
    public void apply(ProjectedEvent event) {
        tables.apply(IntakeFold.changes(event));
    }
}
