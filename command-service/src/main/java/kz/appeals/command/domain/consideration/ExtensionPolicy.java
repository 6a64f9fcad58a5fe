package kz.appeals.command.domain.consideration;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.stagePermits;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.DueDate;
import kz.appeals.command.domain.Verdict;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC art. 76(3): where facts still need establishing, the head, a deputy head or the chief of staff may extend the
 * review period by a motivated decision, for a reasonable time, at most 2 months from that decision; the applicant is
 * told within 3 working days. Art. 99: a complaint's period cannot be extended, whether a complaint under the APPC or
 * one about a public service. Only a running period is extended: once it expired, the refusal is already deemed
 * (art. 91(2)). The Code speaks of one extension; a
 * second is refused (docs/decisions.md).
 */
public final class ExtensionPolicy {

    public static final String BASIS = "APPC art. 76(3)";

    private static final Set<AppealKind> COMPLAINTS = EnumSet.of(AppealKind.COMPLAINT,
            AppealKind.PUBLIC_SERVICE_COMPLAINT);

    private ExtensionPolicy() {
    }

    /**
     * Whether the review period may be extended to {@code request.newDueDate()}: {@code cap} is 2 months from the
     * decision, {@code newDueDateIsWorkingDay} what the calendar says of the new date (art. 76(5)).
     */
    public static Verdict extension(Consideration consideration, ExtendReviewPeriod request, DueDate cap,
                                    boolean newDueDateIsWorkingDay, LocalDate today) {
        AppealState state = consideration.state();
        LocalDate current = consideration.reviewDueDate();
        LocalDate requested = request.newDueDate();
        return allowedIf(!COMPLAINTS.contains(consideration.kind()), "APPC art. 99",
                "the review period of a complaint cannot be extended")
                .then(() -> stagePermits(state.underConsideration() && current != null, BASIS, current == null
                        ? "no review period is running" : "an appeal that is " + state + " has no running period"))
                .then(() -> allowedIf(!today.isAfter(current) && !consideration.deemedRefused(), "APPC art. 91(2)",
                        "the review period expired on " + current + ": the refusal is deemed from then, and only a "
                                + "running period can be extended"))
                .then(() -> allowedIf(!consideration.extended(), BASIS, "the review period was already extended once"))
                .then(() -> allowedIf(request.decidedByPosition() != null, BASIS,
                        "only the head, a deputy head or the chief of staff may extend"))
                .then(() -> allowedIf(!blank(request.motivation()), BASIS,
                        "an extension is a motivated decision: state the facts still to establish"))
                .then(() -> allowedIf(requested.isAfter(current), BASIS, "the new due date must be after the current "
                        + "one (" + current + ")"))
                .then(() -> allowedIf(!requested.isAfter(cap.dueDate()), BASIS, "an extension lasts at most "
                        + cap.period() + " from the decision: until " + cap.dueDate()))
                .then(() -> allowedIf(newDueDateIsWorkingDay, "APPC art. 76(5)", requested + " is not a working day"));
    }
}
