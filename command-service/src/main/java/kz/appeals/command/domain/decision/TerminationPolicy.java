package kz.appeals.command.domain.decision;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.stagePermits;

import kz.appeals.command.domain.Procedures;
import kz.appeals.command.domain.Verdict;
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

    /** The ground belongs to the appeal's procedure, is reasoned, and a return or withdrawal precedes its own. */
    public static Verdict termination(Decision decision, TerminateProcedure request) {
        AppealState state = decision.state();
        TerminationGround ground = request.ground();
        boolean simplified = Procedures.simplified(decision.kind());
        return allowedIf(ground.simplifiedProcedure() == simplified, ground.legalBasis(), simplified
                ? "in the simplified procedure the grounds are those of art. 88(1)"
                : "the grounds of art. 88(1) apply only in the simplified procedure")
                .then(() -> allowedIf(!blank(request.reasons()), ground.legalBasis(),
                        "state the reasons of the termination"))
                .then(() -> switch (ground) {
                    case WITHDRAWN, WITHDRAWN_SIMPLIFIED -> stagePermits(state == AppealState.WITHDRAWN,
                            ground.legalBasis(), "the appeal was not withdrawn (art. 64(9))");
                    case RETURNED -> stagePermits(state == AppealState.RETURNED, ground.legalBasis(),
                            "the appeal was not returned (art. 64(7))");
                    default -> stagePermits(state.underConsideration(), ground.legalBasis(),
                            "an appeal that is " + state + " cannot be terminated");
                });
    }

    /** Art. 70 asks for a notice ({@code ProceduralTimer.TERMINATION_NOTICE}); art. 88(1) sets no period. */
    public static boolean noticeDue(TerminationGround ground) {
        return !ground.simplifiedProcedure();
    }
}
