package kz.appeals.query.procedure;

import java.util.Map;
import java.util.Optional;

import kz.appeals.events.AdministrativeActExecuted;
import kz.appeals.events.CaseFileAccessGranted;
import kz.appeals.events.CaseFileAccessRequested;
import kz.appeals.events.CourtPenaltyImposed;
import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineMissed;
import kz.appeals.events.DeadlineMoved;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.HearingProtocolSigned;
import kz.appeals.events.ProtocolRemarksDecided;
import kz.appeals.events.ProtocolRemarksSubmitted;
import kz.appeals.events.RecusalDecided;
import kz.appeals.events.RecusalRequested;

/**
 * Which events are steps beside the stages, and the row each becomes: a pure function, so the read model's rules are
 * tested without a database. Deadline events count only for the timers of these steps.
 */
public final class ProcedureSteps {

    public static final String ACT_EXECUTION = "ACT_EXECUTION";
    public static final String COURT_EXECUTION = "COURT_EXECUTION";
    public static final String CASE_FILE_ACCESS = "CASE_FILE_ACCESS";
    public static final String HEARING_PROTOCOL = "HEARING_PROTOCOL";
    public static final String RECUSAL = "RECUSAL";

    /** The deadlines of these steps, by timer name (events carry timers as text). */
    static final Map<String, String> STEP_OF_TIMER = Map.of(
            "ACT_EXECUTION", ACT_EXECUTION,
            "COURT_DECISION_EXECUTION", COURT_EXECUTION,
            "CASE_FILE_ACCESS", CASE_FILE_ACCESS,
            "PROTOCOL_SIGNING", HEARING_PROTOCOL,
            "RECUSAL_DECISION", RECUSAL,
            "RECUSAL_NOTICE", RECUSAL);

    private ProcedureSteps() {
    }

    public static Optional<ProcedureStep> of(long sequence, Object event) {
        return Optional.ofNullable(row(sequence, event));
    }

    private static ProcedureStep row(long seq, Object event) {
        if (event instanceof AdministrativeActExecuted e) {
            return new ProcedureStep(e.appealId(), seq, ACT_EXECUTION, type(e), "EXECUTED", e.executedOn(), null,
                    e.late(), null, e.legalBasis());
        } else if (event instanceof CourtPenaltyImposed e) {
            return new ProcedureStep(e.appealId(), seq, COURT_EXECUTION, type(e), "PENALTY_IMPOSED", e.imposedOn(),
                    e.newExecutionDueDate(), null, null, e.newExecutionDueDate() == null ? e.legalBasis()
                    : e.legalBasis() + ", 127(5)");
        } else if (event instanceof CaseFileAccessRequested e) {
            return new ProcedureStep(e.appealId(), seq, CASE_FILE_ACCESS, type(e), "REQUESTED", e.requestedOn(),
                    e.accessDueBy() == null ? null : e.accessDueBy().date(), null, null, e.legalBasis());
        } else if (event instanceof CaseFileAccessGranted e) {
            return new ProcedureStep(e.appealId(), seq, CASE_FILE_ACCESS, type(e),
                    e.withheld() == null ? "GRANTED" : "GRANTED_WITH_PARTS_WITHHELD", e.grantedOn(), null, e.late(),
                    null, e.legalBasis());
        } else if (event instanceof HearingProtocolSigned e) {
            return new ProcedureStep(e.appealId(), seq, HEARING_PROTOCOL, type(e), "SIGNED", e.signedOn(), null,
                    e.late(), null, e.legalBasis());
        } else if (event instanceof ProtocolRemarksSubmitted e) {
            return new ProcedureStep(e.appealId(), seq, HEARING_PROTOCOL, type(e), "REMARKS_SUBMITTED",
                    e.submittedOn(), e.remarksUntil() == null ? null : e.remarksUntil().date(), e.late(), null,
                    e.legalBasis());
        } else if (event instanceof ProtocolRemarksDecided e) {
            return new ProcedureStep(e.appealId(), seq, HEARING_PROTOCOL, type(e),
                    e.accepted() ? "REMARKS_ACCEPTED" : "REMARKS_REJECTED", e.decidedOn(), null, null, null,
                    e.legalBasis());
        } else if (event instanceof RecusalRequested e) {
            return new ProcedureStep(e.appealId(), seq, RECUSAL, type(e),
                    e.selfRecusal() ? "SELF_RECUSAL_REQUESTED" : "REQUESTED", e.requestedOn(),
                    e.decisionDueBy() == null ? null : e.decisionDueBy().date(), null, e.officialId(),
                    e.legalBasis());
        } else if (event instanceof RecusalDecided e) {
            return new ProcedureStep(e.appealId(), seq, RECUSAL, type(e), e.granted() ? "GRANTED" : "REFUSED",
                    e.decidedOn(), null, e.late(), e.officialId(), e.legalBasis());
        }
        return deadline(seq, event);
    }

    private static ProcedureStep deadline(long seq, Object event) {
        if (event instanceof DeadlineScheduled e && STEP_OF_TIMER.containsKey(e.timer())) {
            return new ProcedureStep(e.appealId(), seq, STEP_OF_TIMER.get(e.timer()), type(e), e.timer() + "_RUNNING",
                    e.startsOn(), e.dueDate(), null, null, e.legalBasis());
        } else if (event instanceof DeadlineMoved e && STEP_OF_TIMER.containsKey(e.timer())) {
            return new ProcedureStep(e.appealId(), seq, STEP_OF_TIMER.get(e.timer()), type(e), e.timer() + "_MOVED",
                    null, e.to(), null, null, e.legalBasis());
        } else if (event instanceof DeadlineMissed e && STEP_OF_TIMER.containsKey(e.timer())) {
            return new ProcedureStep(e.appealId(), seq, STEP_OF_TIMER.get(e.timer()), type(e), e.timer() + "_MISSED",
                    e.missedOn(), e.dueDate(), true, null, e.legalBasis());
        } else if (event instanceof DeadlineClosed e && STEP_OF_TIMER.containsKey(e.timer())) {
            return new ProcedureStep(e.appealId(), seq, STEP_OF_TIMER.get(e.timer()), type(e), e.timer() + "_CLOSED",
                    e.closedOn(), e.dueDate(), !e.met(), null, e.legalBasis());
        }
        return null;
    }

    private static String type(Object event) {
        return event.getClass().getSimpleName();
    }
}
