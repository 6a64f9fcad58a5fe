package kz.appeals.command.domain.complaint;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Rules.require;
import static kz.appeals.command.domain.Rules.requireStage;

import java.util.List;

import kz.appeals.clock.AppealKind;
import kz.appeals.events.Addressee;
import kz.appeals.events.ComplaintOutcome;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC arts. 91(4), 97(2), 100: the body whose act is challenged sends the complaint with the case file to the review
 * body within 3 working days, or satisfies it in full itself. The review body, never the official whose act is
 * challenged, decides with one of the six outcomes of art. 100(1): a refusal is reasoned (100(4)); sending the case
 * back lists the violations (100(2)).
 */
public final class ComplaintReviewPolicy {

    public static final String FORWARDING = "APPC art. 91(4)";
    public static final String DECISION = "APPC art. 100(1)";

    private ComplaintReviewPolicy() {
    }

    public static void checkForward(AppealKind kind, AppealState state, boolean forwarded, String filedWithBodyId,
                                    Addressee reviewBody, boolean caseFileAttached) {
        requireComplaint(kind);
        requireStage(state.underConsideration() && !forwarded, FORWARDING, forwarded
                ? "the complaint is already with the review body" : "a complaint that is " + state
                + " is not forwarded");
        require(caseFileAttached, FORWARDING, "the complaint goes with the case file");
        require(!reviewBody.bodyId().equals(filedWithBodyId), FORWARDING, "the review body is the higher body, not "
                + filedWithBodyId + " whose act is challenged");
    }

    public static void checkSatisfiedByChallengedBody(AppealKind kind, AppealState state, boolean forwarded,
                                                     String decision) {
        requireComplaint(kind);
        requireStage(!forwarded, FORWARDING, "the complaint is with the review body, which decides it");
        requireStage(state.underConsideration(), FORWARDING, "a complaint that is " + state + " cannot be satisfied");
        require(!blank(decision), FORWARDING, "state how the complaint is satisfied");
    }

    public static void checkDecision(AppealKind kind, AppealState state, boolean forwarded, String decidedBy,
                                     String challengedActIssuedBy, ComplaintOutcome outcome, String reasons,
                                     List<String> violations) {
        requireComplaint(kind);
        requireStage(forwarded, FORWARDING, "the complaint has not reached the review body");
        requireStage(state.underConsideration(), DECISION, "a complaint that is " + state + " cannot be decided");
        require(decidedBy == null || !decidedBy.equals(challengedActIssuedBy), "APPC art. 97(2)", "the official "
                + decidedBy + " whose act is challenged may not review the complaint");
        require(outcome != ComplaintOutcome.LEFT_WITHOUT_CONSIDERATION, "APPC art. 95", "leaving a complaint without "
                + "consideration names its ground: use leave-without-consideration");
        require(outcome != ComplaintOutcome.CASE_SENT_BACK || (violations != null && !violations.isEmpty()),
                "APPC art. 100(2)", "a case is sent back listing the violations");
        require(outcome != ComplaintOutcome.COMPLAINT_UNSATISFIED || !blank(reasons), "APPC art. 100(4)",
                "a refusal is reasoned");
    }

    static void requireComplaint(AppealKind kind) {
        require(kind == AppealKind.COMPLAINT, "APPC art. 91", kind + " is not a complaint");
    }
}
