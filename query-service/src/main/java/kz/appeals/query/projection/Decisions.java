package kz.appeals.query.projection;

import java.time.LocalDate;
import java.util.Optional;

import kz.appeals.events.AdministrativeActIssued;
import kz.appeals.events.AnonymousAppealRecorded;
import kz.appeals.events.AppealLeftWithoutConsideration;
import kz.appeals.events.AppealReturned;
import kz.appeals.events.AppealWithdrawn;
import kz.appeals.events.ComplaintDecided;
import kz.appeals.events.ComplaintSatisfiedByChallengedBody;
import kz.appeals.events.DeemedRefusalOccurred;
import kz.appeals.events.ProcedureTerminated;
import kz.appeals.events.RepeatedAppealAttached;
import kz.appeals.events.SimplifiedAnswerGiven;

/**
 * Which events end an appeal's consideration, with the outcome the read side reports and the day it happened. A
 * deemed refusal (arts. 91(2), 100(5)) counts from the day the period expired. One place, used by every read model.
 */
public final class Decisions {

    public record Decision(String outcome, LocalDate decidedOn) {
    }

    private Decisions() {
    }

    public static Optional<Decision> of(Object event) {
        Decision decision = null;
        if (event instanceof AdministrativeActIssued e) {
            decision = new Decision(e.outcome().name(), e.issuedOn());
        } else if (event instanceof SimplifiedAnswerGiven e) {
            decision = new Decision(e.outcome().name(), e.answeredOn());
        } else if (event instanceof ComplaintDecided e) {
            decision = new Decision(e.outcome().name(), e.decidedOn());
        } else if (event instanceof ComplaintSatisfiedByChallengedBody e) {
            decision = new Decision("SATISFIED_BY_CHALLENGED_BODY", e.decidedOn());
        } else if (event instanceof ProcedureTerminated e) {
            decision = new Decision("TERMINATED", e.terminatedOn());
        } else if (event instanceof AppealLeftWithoutConsideration e) {
            decision = new Decision("LEFT_WITHOUT_CONSIDERATION", e.decidedOn());
        } else if (event instanceof AppealReturned e) {
            decision = new Decision("RETURNED", e.returnedOn());
        } else if (event instanceof AppealWithdrawn e) {
            decision = new Decision("WITHDRAWN", e.withdrawnOn());
        } else if (event instanceof RepeatedAppealAttached e) {
            decision = new Decision("ATTACHED_TO_EARLIER_CASE", null);
        } else if (event instanceof AnonymousAppealRecorded e && !e.reportsCrimeOrThreat()) {
            decision = new Decision("NOT_CONSIDERED", e.recordedOn());
        } else if (event instanceof DeemedRefusalOccurred e) {
            decision = new Decision("DEEMED_REFUSAL", e.expiredOn());
        }
        return Optional.ofNullable(decision);
    }
}
