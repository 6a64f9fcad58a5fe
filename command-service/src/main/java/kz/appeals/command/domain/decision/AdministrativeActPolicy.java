package kz.appeals.command.domain.decision;

import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.stagePermits;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.Procedures;
import kz.appeals.command.domain.Verdict;
import kz.appeals.events.ComplaintRoute;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC arts. 77, 78, 80(5): an application is decided by a written administrative act that names the body a complaint
 * goes to, the period and the route (or the court when there is no higher body). Requests and the like are answered
 * in the simplified procedure instead (art. 87); a complaint by a complaint decision (art. 100).
 */
public final class AdministrativeActPolicy {

    public static final String BASIS = "APPC art. 77, 78, 80(5)";

    private AdministrativeActPolicy() {
    }

    /** An application under consideration is decided by an act that names the route to challenge it. */
    public static Verdict act(Decision decision, IssueAdministrativeAct request) {
        AppealKind kind = decision.kind();
        AppealState state = decision.state();
        ComplaintRoute route = request.route();
        return allowedIf(!Procedures.simplified(kind), "APPC art. 87", kind + " is answered in the simplified "
                + "procedure, without an administrative act")
                .then(() -> allowedIf(kind != AppealKind.COMPLAINT, "APPC art. 100",
                        "a complaint is decided by a complaint decision"))
                .then(() -> stagePermits(state.underConsideration(), BASIS, "an appeal that is " + state
                        + " cannot be decided"))
                .then(() -> allowedIf(route != null && route.stated(), "APPC art. 80(5)", "the act must name the "
                        + "complaint body (or the court), the period and the route"));
    }
}
