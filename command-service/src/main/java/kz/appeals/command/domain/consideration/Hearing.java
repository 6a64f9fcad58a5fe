package kz.appeals.command.domain.consideration;

import java.time.LocalDate;

/**
 * What happened under APPC art. 73 so far: whether the preliminary decision went out (and from which day the act may
 * follow, until which day objections run), whether an oral hearing was asked for and held, or the hearing skipped.
 */
public record Hearing(boolean preliminaryDecisionSent, LocalDate earliestActOn, LocalDate objectionsUntil,
                      boolean oralHearingRequested, boolean held, boolean skipped) {

    /** Nothing yet, and again after the review body sent the case back (art. 100(2)). */
    public static final Hearing NONE = new Hearing(false, null, null, false, false, false);

    Hearing preliminaryDecisionSent(LocalDate earliestAct, LocalDate objectionsEnd) {
        return new Hearing(true, earliestAct, objectionsEnd, oralHearingRequested, held, skipped);
    }

    Hearing objected(boolean oralRequested) {
        return new Hearing(preliminaryDecisionSent, earliestActOn, objectionsUntil,
                oralHearingRequested || oralRequested, held, skipped);
    }

    Hearing heard() {
        return new Hearing(preliminaryDecisionSent, earliestActOn, objectionsUntil, oralHearingRequested, true,
                skipped);
    }

    Hearing skippedHearing() {
        return new Hearing(preliminaryDecisionSent, earliestActOn, objectionsUntil, oralHearingRequested, held, true);
    }
}
