package kz.appeals.command.domain.decision;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Rules.require;
import static kz.appeals.command.domain.Rules.requireStage;

import java.util.List;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.Procedures;
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

    public static void check(AppealKind kind, AppealState state, SimplifiedOutcome outcome, String answer,
                             List<String> lawsCited) {
        require(Procedures.simplified(kind), "APPC art. 87", kind + " is decided by an administrative act, not a "
                + "simplified answer");
        requireStage(state.underConsideration(), BASIS, "an appeal that is " + state + " cannot be answered");
        require(!blank(answer), "APPC art. 89", "the answer is given in writing");
        require(outcome == SimplifiedOutcome.TAKEN_NOTE || (lawsCited != null && !lawsCited.isEmpty()),
                "APPC art. 89", "an answer on the merits is reasoned and cites the law");
    }
}
