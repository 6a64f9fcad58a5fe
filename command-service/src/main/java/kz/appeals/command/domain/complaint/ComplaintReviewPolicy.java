package kz.appeals.command.domain.complaint;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.stagePermits;

import java.util.List;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.Verdict;
import kz.appeals.events.ComplaintOutcome;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC arts. 91(4), 97(2), 100: the body whose act is challenged sends the complaint with the case file to the review
 * body within 3 working days, or satisfies it in full itself. The review body, never the official whose act is
 * challenged, decides with one of the six outcomes of art. 100(1): a refusal is reasoned (100(4)) and follows a
 * hearing of both sides (98(3)); sending the case back lists the violations (100(2)).
 */
public final class ComplaintReviewPolicy {

    public static final String FORWARDING = "APPC art. 91(4)";
    public static final String DECISION = "APPC art. 100(1)";
    public static final String SENDING_BACK = "APPC art. 100(2)";

    private ComplaintReviewPolicy() {
    }

    /** Art. 91(4): the body whose act is challenged forwards the complaint, with the case file, to the higher body. */
    public static Verdict forwarding(Complaint complaint, ForwardComplaint request) {
        AppealState state = complaint.state();
        return isComplaint(complaint)
                .then(() -> stagePermits(state.underConsideration() && !complaint.forwarded(), FORWARDING,
                        complaint.forwarded() ? "the complaint is already with the review body"
                                : "a complaint that is " + state + " is not forwarded"))
                .then(() -> allowedIf(request.caseFileAttached(), FORWARDING, "the complaint goes with the case file"))
                .then(() -> allowedIf(!request.reviewBody().bodyId().equals(complaint.filedWithBodyId()), FORWARDING,
                        "the review body is the higher body, not " + complaint.filedWithBodyId()
                                + " whose act is challenged"));
    }

    /** Art. 91(4): instead of forwarding it, the challenged body may satisfy the complaint in full. */
    public static Verdict satisfactionByChallengedBody(Complaint complaint, SatisfyComplaint request) {
        AppealState state = complaint.state();
        return isComplaint(complaint)
                .then(() -> stagePermits(!complaint.forwarded(), FORWARDING,
                        "the complaint is with the review body, which decides it"))
                .then(() -> stagePermits(state.underConsideration(), FORWARDING, "a complaint that is " + state
                        + " cannot be satisfied"))
                .then(() -> allowedIf(!blank(request.decision()), FORWARDING, "state how the complaint is satisfied"));
    }

    /**
     * Arts. 95, 97(2), 100: the review body decides a forwarded complaint, never through the official whose act is
     * challenged; a case is sent back listing the violations; a refusal is reasoned.
     */
    public static Verdict decision(Complaint complaint, String decidedBy, DecideComplaint request) {
        AppealState state = complaint.state();
        ComplaintOutcome outcome = request.outcome();
        List<String> violations = request.violations();
        return isComplaint(complaint)
                .then(() -> stagePermits(complaint.forwarded(), FORWARDING,
                        "the complaint has not reached the review body"))
                .then(() -> stagePermits(state.underConsideration(), DECISION, "a complaint that is " + state
                        + " cannot be decided"))
                .then(() -> allowedIf(decidedBy == null || !decidedBy.equals(complaint.challengedActIssuedBy()),
                        "APPC art. 97(2)", "the official " + decidedBy + " whose act is challenged may not review "
                                + "the complaint"))
                .then(() -> allowedIf(outcome != ComplaintOutcome.LEFT_WITHOUT_CONSIDERATION, "APPC art. 95",
                        "leaving a complaint without consideration names its ground: use leave-without-consideration"))
                .then(() -> allowedIf(outcome != ComplaintOutcome.CASE_SENT_BACK
                        || (violations != null && !violations.isEmpty()), "APPC art. 100(2)",
                        "a case is sent back listing the violations"))
                .then(() -> allowedIf(outcome != ComplaintOutcome.COMPLAINT_UNSATISFIED || !blank(request.reasons()),
                        "APPC art. 100(4)", "a refusal is reasoned"))
                .then(() -> allowedIf(outcome != ComplaintOutcome.COMPLAINT_UNSATISFIED || complaint.bothSidesHeard(),
                        "APPC art. 98(3)", "a complaint is not refused without hearing both sides: record the "
                                + "hearing first"));
    }

    /**
     * Art. 100(2): after deciding to send the case back, the review body sends the complaint and the case file to the
     * body whose act was challenged, once.
     */
    public static Verdict sendingBack(Complaint complaint, SendBackComplaintAndCase request) {
        return isComplaint(complaint)
                .then(() -> stagePermits(complaint.outcome() == ComplaintOutcome.CASE_SENT_BACK, SENDING_BACK,
                        "the review body did not decide to send the case back"))
                .then(() -> stagePermits(complaint.caseToSendBack(), SENDING_BACK,
                        "the complaint and the case were already sent back"))
                .then(() -> allowedIf(request.caseFileAttached(), SENDING_BACK,
                        "the complaint goes back with the case file"));
    }

    private static Verdict isComplaint(Complaint complaint) {
        return allowedIf(complaint.kind() == AppealKind.COMPLAINT, "APPC art. 91", complaint.kind()
                + " is not a complaint");
    }
}
