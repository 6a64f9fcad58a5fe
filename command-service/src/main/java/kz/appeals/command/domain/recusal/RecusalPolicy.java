package kz.appeals.command.domain.recusal;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.stagePermits;

import java.util.Locale;
import java.util.Set;

import kz.appeals.command.domain.Verdict;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC art. 67: an official who may not be impartial is recused, on request or on their own; the superior official
 * decides within 3 working days and the participant is told within 2 working days; a repeated request on the same
 * grounds is not allowed.
 */
public final class RecusalPolicy {

    public static final String BASIS = "APPC art. 67";

    private RecusalPolicy() {
    }

    /**
     * Grounds compared for a repeat: the same words regardless of case, spacing and punctuation, so that a retyped
     * request does not count as new grounds.
     */
    public static String sameGroundsKey(String officialId, String grounds) {
        String words = grounds == null ? "" : grounds.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return officialId + "|" + words;
    }

    /** A request while the procedure is under way, naming the official and grounds, not pending, not a repeat. */
    public static Verdict request(AppealState state, RequestRecusal request, String pendingOfficial,
                                  Set<String> decidedGrounds) {
        return stagePermits(state != null && state.open(), BASIS,
                "an official is recused while the procedure is under way; this appeal is " + state)
                .then(() -> allowedIf(!blank(request.officialId()), BASIS, "name the official to be recused"))
                .then(() -> allowedIf(!blank(request.grounds()), BASIS, "state the grounds for recusal"))
                .then(() -> stagePermits(pendingOfficial == null, BASIS,
                        "a request for recusal of " + pendingOfficial + " is waiting for the superior official"))
                .then(() -> allowedIf(!decidedGrounds.contains(sameGroundsKey(request.officialId(),
                        request.grounds())), BASIS,
                        "recusal of " + request.officialId() + " on the same grounds was already decided; a repeated "
                                + "request on the same grounds is not allowed"));
    }

    /**
     * The superior official decides a pending request; never the official whose recusal is asked, and a refusal says
     * why.
     */
    public static Verdict decision(String pendingOfficial, String decidedBy, DecideRecusal request) {
        return stagePermits(pendingOfficial != null, BASIS, "no request for recusal is waiting")
                .then(() -> allowedIf(!pendingOfficial.equals(decidedBy), BASIS,
                        "the official whose recusal is asked cannot decide it; the superior official does"))
                .then(() -> allowedIf(request.granted() || !blank(request.reasons()), BASIS,
                        "a refusal of recusal states its reasons"));
    }
}
