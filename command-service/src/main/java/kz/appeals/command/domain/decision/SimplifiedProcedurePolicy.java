package kz.appeals.command.domain.decision;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.stagePermits;

import java.util.List;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.Procedures;
import kz.appeals.command.domain.Verdict;
import kz.appeals.events.SimplifiedOutcome;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC arts. 87-89: requests, proposals, responses and reports are answered on the merits, or taken note of; the answer
 * is reasoned, cites the law and explains the right to complain (art. 89).
 */
public final class SimplifiedProcedurePolicy {

    public static final String BASIS = "APPC art. 88, 89";

    private SimplifiedProcedurePolicy() {
    }

    /** A simplified answer is written; one on the merits is reasoned and cites the law. */
    public static Verdict answer(Decision decision, GiveSimplifiedAnswer request) {
        AppealKind kind = decision.kind();
        AppealState state = decision.state();
        List<String> lawsCited = request.lawsCited();
        return allowedIf(Procedures.simplified(kind), "APPC art. 87", kind + " is decided by an administrative act, "
                + "not a simplified answer")
                .then(() -> stagePermits(state.underConsideration(), BASIS, "an appeal that is " + state
                        + " cannot be answered"))
                .then(() -> allowedIf(!blank(request.answer()), "APPC art. 89", "the answer is given in writing"))
                .then(() -> allowedIf(request.outcome() == SimplifiedOutcome.TAKEN_NOTE
                        || (lawsCited != null && !lawsCited.isEmpty()), "APPC art. 89",
                        "an answer on the merits is reasoned and cites the law"));
    }
}
