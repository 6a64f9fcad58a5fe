package kz.appeals.command.domain.court;

import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.stagePermits;

import java.time.LocalDate;

import kz.appeals.command.domain.Verdict;
import kz.appeals.events.CourtOutcome;

/**
 * APPC art. 171: a court decision in force against the body is sent for execution within 3 working days (171(1)) and
 * executed within 1 month of its entry into force (171(2)), with a report to the court; art. 127: when it is not
 * executed in time the court imposes a penalty and sets a new period to execute (art. 127(5)).
 */
public final class CourtExecutionPolicy {

    public static final String SENDING = "APPC art. 171(1)";
    public static final String EXECUTION = "APPC art. 171";
    public static final String PENALTY = "APPC art. 127";
    public static final String NEW_EXECUTION_PERIOD = "APPC art. 127(5)";

    private CourtExecutionPolicy() {
    }

    /** A court decision follows a recorded claim, once, and enters into force on or after the day it is made. */
    public static Verdict decision(Court court, RecordCourtDecision request) {
        return stagePermits(court.lawsuitFiled(), "APPC art. 136", "no claim is recorded")
                .then(() -> stagePermits(court.outcome() == null, EXECUTION, "the court decision is already recorded"))
                .then(() -> allowedIf(!request.inForceOn().isBefore(request.decidedOn()), EXECUTION,
                        "a decision enters into force on or after the day it is made (" + request.decidedOn() + ")"));
    }

    /** Art. 171(1): a decision against the body, in force, is sent for execution once. */
    public static Verdict sending(Court court, LocalDate today) {
        CourtOutcome outcome = court.outcome();
        return stagePermits(outcome != null && outcome != CourtOutcome.CLAIM_DISMISSED, SENDING,
                "there is no court decision against the body to execute")
                .then(() -> stagePermits(!court.sentForExecution(), SENDING,
                        "the decision was already sent for execution"))
                .then(() -> allowedIf(!today.isBefore(court.inForceOn()), SENDING, "the decision enters into force on "
                        + court.inForceOn()));
    }

    /** Art. 171: the execution of a decision sent for execution is recorded once. */
    public static Verdict execution(Court court) {
        return stagePermits(court.sentForExecution(), EXECUTION, "the decision has not been sent for execution")
                .then(() -> stagePermits(!court.executed(), EXECUTION, "the execution is already recorded"));
    }

    /**
     * Art. 127: a penalty follows a decision not executed in time, and is a positive amount; art. 127(5): the court sets
     * a new period to execute, a working day after the day of the penalty.
     */
    public static Verdict penalty(Court court, LocalDate executionDueDate, ImposeCourtPenalty request,
                                  LocalDate today, boolean newDueDateIsWorkingDay) {
        LocalDate newDueDate = request.newExecutionDueDate();
        return stagePermits(court.executionMissed(), PENALTY, executionDueDate == null
                ? "the decision has not been sent for execution"
                : "a penalty follows a decision not executed in time; the body may execute it until "
                        + executionDueDate)
                .then(() -> allowedIf(request.amountKzt() > 0, PENALTY, "the penalty is a positive amount"))
                .then(() -> allowedIf(newDueDate != null, NEW_EXECUTION_PERIOD,
                        "state the new period to execute that the court set with the penalty"))
                .then(() -> allowedIf(newDueDate.isAfter(today), NEW_EXECUTION_PERIOD,
                        "the new period to execute (" + newDueDate + ") must end after the penalty (" + today + ")"))
                .then(() -> allowedIf(newDueDateIsWorkingDay, "APPC art. 76(5)",
                        "the new period to execute ends on a day off (" + newDueDate + ")"));
    }
}
