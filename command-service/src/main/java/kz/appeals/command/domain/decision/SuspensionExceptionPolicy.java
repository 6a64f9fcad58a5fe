package kz.appeals.command.domain.decision;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.stagePermits;

import java.time.LocalDate;

import kz.appeals.command.domain.Verdict;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC art. 96: filing a complaint suspends the execution of the act, except in the cases the Code and laws list,
 * which the act itself must state with its reasons. So an exception is stated with the act: on the day it is adopted,
 * before any complaint suspended it, naming the case and the reasons.
 */
public final class SuspensionExceptionPolicy {

    public static final String BASIS = "APPC art. 96";

    private SuspensionExceptionPolicy() {
    }

    public static Verdict statement(Decision decision, StateSuspensionException request, LocalDate today,
                                    boolean alreadySuspended) {
        return stagePermits(decision.state() == AppealState.DECIDED && decision.actId() != null, BASIS,
                "there is no administrative act to state it in")
                .then(() -> allowedIf(today.equals(decision.actIssuedOn()), BASIS, "the exception is stated in the "
                        + "act, adopted on " + decision.actIssuedOn() + "; it cannot be added later"))
                .then(() -> stagePermits(!alreadySuspended, BASIS, "a complaint already suspended the act"))
                .then(() -> allowedIf(!blank(request.exception()), BASIS,
                        "name the case of the exception (the provision of art. 96 or of a law)"))
                .then(() -> allowedIf(!blank(request.reasons()), BASIS, "state why the exception applies"));
    }
}
