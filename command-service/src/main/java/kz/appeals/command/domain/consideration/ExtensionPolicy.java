package kz.appeals.command.domain.consideration;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Rules.require;
import static kz.appeals.command.domain.Rules.requireStage;

import java.time.LocalDate;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.DueDate;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC art. 76(3): where facts still need establishing, the head, a deputy head or the chief of staff may extend the
 * review period by a motivated decision, for a reasonable time, at most 2 months from that decision; the applicant is
 * told within 3 working days. Art. 99: a complaint's period cannot be extended. The Code speaks of one extension; a
 * second is refused (docs/decisions.md).
 */
public final class ExtensionPolicy {

    public static final String BASIS = "APPC art. 76(3)";

    private ExtensionPolicy() {
    }

    public static void check(AppealKind kind, AppealState state, boolean alreadyExtended,
                             ExtensionAuthority decidedBy, String motivation, LocalDate currentDueDate,
                             LocalDate newDueDate, DueDate cap, boolean newDueDateIsWorkingDay) {
        require(kind != AppealKind.COMPLAINT, "APPC art. 99", "the review period of a complaint cannot be extended");
        requireStage(state.underConsideration(), BASIS, "an appeal that is " + state + " has no running period");
        require(!alreadyExtended, BASIS, "the review period was already extended once");
        require(decidedBy != null, BASIS, "only the head, a deputy head or the chief of staff may extend");
        require(!blank(motivation), BASIS, "an extension is a motivated decision: state the facts still to establish");
        require(newDueDate.isAfter(currentDueDate), BASIS, "the new due date must be after the current one ("
                + currentDueDate + ")");
        require(!newDueDate.isAfter(cap.dueDate()), BASIS, "an extension lasts at most " + cap.period()
                + " from the decision: until " + cap.dueDate());
        require(newDueDateIsWorkingDay, "APPC art. 76(5)", newDueDate + " is not a working day");
    }
}
