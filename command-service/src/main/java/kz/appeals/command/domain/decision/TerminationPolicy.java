package kz.appeals.command.domain.decision;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Rules.require;
import static kz.appeals.command.domain.Rules.requireStage;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.Procedures;
import kz.appeals.events.TerminationGround;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC art. 70: the procedure is terminated when a decision on the same subject or a final court act exists, when the
 * appeal was returned (art. 64(7)) or withdrawn (art. 64(9)); the participant is told within 3 working days. Art.
 * 88(1): in the simplified procedure, a repeat already answered, unknown authorship, no substance, or a withdrawal.
 */
public final class TerminationPolicy {

    private TerminationPolicy() {
    }

    public static void check(AppealKind kind, AppealState state, TerminationGround ground, String reasons) {
        boolean simplified = Procedures.simplified(kind);
        require(ground.simplifiedProcedure() == simplified, ground.legalBasis(), simplified
                ? "in the simplified procedure the grounds are those of art. 88(1)"
                : "the grounds of art. 88(1) apply only in the simplified procedure");
        require(!blank(reasons), ground.legalBasis(), "state the reasons of the termination");
        switch (ground) {
            case WITHDRAWN, WITHDRAWN_SIMPLIFIED -> requireStage(state == AppealState.WITHDRAWN, ground.legalBasis(),
                    "the appeal was not withdrawn (art. 64(9))");
            case RETURNED -> requireStage(state == AppealState.RETURNED, ground.legalBasis(),
                    "the appeal was not returned (art. 64(7))");
            default -> requireStage(state.underConsideration(), ground.legalBasis(),
                    "an appeal that is " + state + " cannot be terminated");
        }
    }

    /** Art. 70 asks for a notice ({@code ProceduralTimer.TERMINATION_NOTICE}); art. 88(1) sets no period. */
    public static boolean noticeDue(TerminationGround ground) {
        return !ground.simplifiedProcedure();
    }
}
