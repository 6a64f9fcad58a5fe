package kz.appeals.query.projection;

import kz.appeals.events.AdministrativeActIssued;
import kz.appeals.events.AnonymousAppealRecorded;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealLeftWithoutConsideration;
import kz.appeals.events.AppealRedirected;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.AppealReturned;
import kz.appeals.events.AppealWithdrawn;
import kz.appeals.events.CaseSentBack;
import kz.appeals.events.ComplaintDecided;
import kz.appeals.events.ComplaintForwarded;
import kz.appeals.events.ComplaintSatisfiedByChallengedBody;
import kz.appeals.events.CourtDecisionExecuted;
import kz.appeals.events.CourtDecisionRecorded;
import kz.appeals.events.DeemedRefusalOccurred;
import kz.appeals.events.DefectCorrectionRequested;
import kz.appeals.events.DefectsCorrected;
import kz.appeals.events.ExecutorAssigned;
import kz.appeals.events.HearingHeld;
import kz.appeals.events.HearingSkipped;
import kz.appeals.events.LawsuitFiled;
import kz.appeals.events.ObjectionsReceived;
import kz.appeals.events.PreliminaryDecisionSent;
import kz.appeals.events.ProcedureTerminated;
import kz.appeals.events.RepeatedAppealAttached;
import kz.appeals.events.SimplifiedAnswerGiven;

/**
 * The state an appeal is shown in after each event (listed in docs/read-models.md). Events that do not change what
 * an agency or a citizen would call the appeal's state (deadlines, deliveries, extensions) keep it.
 */
public final class ReadSideStates {

    public static final String NOT_YET_FILED = "NOT_YET_FILED";

    private ReadSideStates() {
    }

    public static String after(Object event, String current) {
        if (event instanceof AppealFiled) {
            return "FILED";
        } else if (event instanceof AppealRegistered) {
            return "REGISTERED";
        } else if (event instanceof DefectCorrectionRequested) {
            return "AWAITING_CORRECTION";
        } else if (event instanceof DefectsCorrected || event instanceof HearingHeld
                || event instanceof HearingSkipped || event instanceof CaseSentBack) {
            return "IN_REVIEW";
        } else if (event instanceof ExecutorAssigned) {
            return "REGISTERED".equals(current) || "REDIRECTED".equals(current) ? "IN_REVIEW" : current;
        } else if (event instanceof AppealRedirected) {
            return "REDIRECTED";
        } else if (event instanceof PreliminaryDecisionSent || event instanceof ObjectionsReceived) {
            return "HEARING";
        } else if (event instanceof AdministrativeActIssued || event instanceof SimplifiedAnswerGiven
                || event instanceof ComplaintDecided || event instanceof ComplaintSatisfiedByChallengedBody) {
            return "DECIDED";
        } else if (event instanceof AnonymousAppealRecorded e && !e.reportsCrimeOrThreat()) {
            return "NOT_CONSIDERED";
        } else if (event instanceof ProcedureTerminated) {
            return "TERMINATED";
        } else if (event instanceof AppealLeftWithoutConsideration) {
            return "LEFT_WITHOUT_CONSIDERATION";
        } else if (event instanceof AppealReturned) {
            return "RETURNED";
        } else if (event instanceof AppealWithdrawn) {
            return "WITHDRAWN";
        } else if (event instanceof RepeatedAppealAttached) {
            return "ATTACHED";
        } else if (event instanceof ComplaintForwarded) {
            return "AT_REVIEW_BODY";
        } else if (event instanceof DeemedRefusalOccurred) {
            return "DEEMED_REFUSED";
        } else if (event instanceof LawsuitFiled) {
            return "IN_COURT";
        } else if (event instanceof CourtDecisionRecorded) {
            return "COURT_DECIDED";
        } else if (event instanceof CourtDecisionExecuted) {
            return "COURT_DECISION_EXECUTED";
        }
        return current;
    }
}
