package kz.appeals.command.domain.intake;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.stagePermits;

import java.time.LocalDate;

import kz.appeals.command.domain.Verdict;
import kz.appeals.events.Addressee;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC art. 65: an appeal, or a part of it, outside the body's competence goes to the competent body within 3 working
 * days of receipt, and the applicant is told. A late redirect is still made (the appeal must reach the competent
 * body) and recorded as late. Art. 76(2): there the period runs from the day after it arrives.
 */
public final class RedirectPolicy {

    public static final String BASIS = "APPC art. 65";

    private RedirectPolicy() {
    }

    /** The whole appeal goes to a body other than the one that has it, arriving no earlier than it is sent. */
    public static Verdict redirect(Intake intake, Addressee to, LocalDate today, LocalDate arrivesOn) {
        AppealState state = intake.state();
        return stagePermits(state.underConsideration(), BASIS, "an appeal that is " + state + " cannot be redirected")
                .then(() -> allowedIf(!intake.holdingBody().bodyId().equals(to.bodyId()), BASIS,
                        "the appeal is already at " + to.bodyId()))
                .then(() -> allowedIf(!arrivesOn.isBefore(today), BASIS, "the appeal cannot reach the competent body ("
                        + arrivesOn + ") before it is sent (" + today + ")"));
    }

    /** A part goes as the whole would, and says which part it is. */
    public static Verdict partialRedirect(Intake intake, PartiallyRedirectAppeal request, LocalDate today) {
        return redirect(intake, request.to(), today, request.arrivesOn())
                .then(() -> allowedIf(!blank(request.part()), BASIS, "say which part of the appeal goes to "
                        + request.to().bodyId()));
    }
}
