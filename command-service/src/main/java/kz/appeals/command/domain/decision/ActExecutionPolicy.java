package kz.appeals.command.domain.decision;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.stagePermits;

import java.time.LocalDate;

import kz.appeals.command.domain.Verdict;
import kz.appeals.events.ActOutcome;

/**
 * APPC art. 86(3): an administrative act is executed within 5 working days, unless a law or the act itself sets
 * another period; art. 96: a complaint suspends its execution.
 */
public final class ActExecutionPolicy {

    public static final String BASIS = "APPC art. 86(3)";

    private ActExecutionPolicy() {
    }

    /**
     * An act that grants something (satisfied, partly satisfied) is to be executed; a refusal leaves nothing to carry
     * out, so no execution period runs for it.
     */
    public static boolean needsExecution(ActOutcome outcome) {
        return outcome == ActOutcome.SATISFIED || outcome == ActOutcome.PARTLY_SATISFIED;
    }

    /** A period the act states ends on a working day on or after the day it is adopted. */
    public static Verdict statedPeriod(LocalDate issuedOn, LocalDate executeBy, boolean workingDay) {
        if (executeBy == null) {
            return Verdict.ALLOWED;
        }
        return allowedIf(!executeBy.isBefore(issuedOn), BASIS,
                "the execution date the act states (" + executeBy + ") is before the act (" + issuedOn + ")")
                .then(() -> allowedIf(workingDay, "APPC art. 76(5)",
                        "the execution date the act states (" + executeBy + ") is not a working day"));
    }

    /** The execution of an act with a running execution period is recorded once; not while a complaint suspends it. */
    public static Verdict execution(ActExecution execution, RecordActExecution request) {
        return stagePermits(execution.due(), BASIS, "no act of this appeal is awaiting execution")
                .then(() -> stagePermits(!execution.suspended(), "APPC art. 96",
                        "a complaint suspended the execution of the act"))
                .then(() -> allowedIf(!blank(request.report()), BASIS, "say how the act was executed"));
    }
}
