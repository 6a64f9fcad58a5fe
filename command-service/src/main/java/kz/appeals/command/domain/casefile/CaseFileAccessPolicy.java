package kz.appeals.command.domain.casefile;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.stagePermits;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.Verdict;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC art. 75(1): a participant may see the materials of the case file, and the body gives access within 3 working
 * days of the request; art. 98(5) gives the complainant the same right in the review of a complaint.
 */
public final class CaseFileAccessPolicy {

    public static final String BASIS = "APPC art. 75(1)";
    public static final String COMPLAINT_BASIS = "APPC art. 75(1), 98(5)";

    private CaseFileAccessPolicy() {
    }

    public static String basis(AppealKind kind) {
        return kind == AppealKind.COMPLAINT ? COMPLAINT_BASIS : BASIS;
    }

    /** Access is asked while the procedure is under way, one request at a time. */
    public static Verdict request(AppealState state, boolean requestPending) {
        return stagePermits(state != null && state.open(), BASIS,
                "the case file is seen while the procedure is under way; this appeal is " + state)
                .then(() -> stagePermits(!requestPending, BASIS,
                        "a request to see the case file is already waiting for access"));
    }

    /** Access answers a request and says how it is given. */
    public static Verdict grant(boolean requestPending, GrantCaseFileAccess request) {
        return stagePermits(requestPending, BASIS, "no request to see the case file is waiting")
                .then(() -> allowedIf(!blank(request.means()), BASIS, "say how access to the case file is given"));
    }
}
