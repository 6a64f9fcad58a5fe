package kz.appeals.command.domain.intake;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Rules.require;
import static kz.appeals.command.domain.Rules.requireStage;

import java.time.LocalDate;

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

    public static void check(AppealState state, Addressee current, Addressee to, LocalDate today, LocalDate arrivesOn) {
        requireStage(state.underConsideration(), BASIS, "an appeal that is " + state + " cannot be redirected");
        require(!current.bodyId().equals(to.bodyId()), BASIS, "the appeal is already at " + to.bodyId());
        require(!arrivesOn.isBefore(today), BASIS, "the appeal cannot reach the competent body (" + arrivesOn
                + ") before it is sent (" + today + ")");
    }

    public static void checkPart(AppealState state, Addressee current, Addressee to, LocalDate today,
                                 LocalDate arrivesOn, String part) {
        check(state, current, to, today, arrivesOn);
        require(!blank(part), BASIS, "say which part of the appeal goes to " + to.bodyId());
    }
}
