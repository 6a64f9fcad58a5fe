package kz.appeals.command.domain.court;

import static kz.appeals.command.domain.Rules.require;
import static kz.appeals.command.domain.Rules.requireStage;

import java.time.LocalDate;

import kz.appeals.events.CourtOutcome;

/**
 * APPC art. 171: a court decision in force against the body is sent for execution within 3 working days and executed
 * within 1 month, with a report to the court; art. 127: when it is not executed in time the court imposes a penalty.
 */
public final class CourtExecutionPolicy {

    public static final String SENDING = "APPC art. 171(1)";
    public static final String EXECUTION = "APPC art. 171";
    public static final String PENALTY = "APPC art. 127";

    private CourtExecutionPolicy() {
    }

    public static void checkDecision(boolean lawsuitFiled, boolean alreadyDecided, LocalDate decidedOn,
                                     LocalDate inForceOn) {
        requireStage(lawsuitFiled, "APPC art. 136", "no claim is recorded");
        requireStage(!alreadyDecided, EXECUTION, "the court decision is already recorded");
        require(!inForceOn.isBefore(decidedOn), EXECUTION, "a decision enters into force on or after the day it is "
                + "made (" + decidedOn + ")");
    }

    public static void checkSending(CourtOutcome outcome, LocalDate inForceOn, boolean alreadySent, LocalDate today) {
        requireStage(outcome != null && outcome != CourtOutcome.CLAIM_DISMISSED, SENDING,
                "there is no court decision against the body to execute");
        requireStage(!alreadySent, SENDING, "the decision was already sent for execution");
        require(!today.isBefore(inForceOn), SENDING, "the decision enters into force on " + inForceOn);
    }

    public static void checkExecution(boolean sent, boolean executed) {
        requireStage(sent, EXECUTION, "the decision has not been sent for execution");
        requireStage(!executed, EXECUTION, "the execution is already recorded");
    }

    public static void checkPenalty(boolean executionMissed, LocalDate executionDueDate, long amountKzt) {
        requireStage(executionMissed, PENALTY, executionDueDate == null
                ? "the decision has not been sent for execution"
                : "a penalty follows a decision not executed in time; the body may execute it until " + executionDueDate);
        require(amountKzt > 0, PENALTY, "the penalty is a positive amount");
    }
}
