package kz.appeals.command.domain.consideration;

import java.time.LocalDate;

import kz.appeals.events.HearingSkipReason;

/**
 * What happened under APPC art. 73 so far: whether the preliminary decision went out (and from which day the act may
 * follow, until which day objections run), whether an oral hearing was asked for and held, or the hearing skipped.
 */
public record Hearing(boolean preliminaryDecisionSent, LocalDate earliestActOn, LocalDate objectionsUntil,
                      boolean oralHearingRequested, boolean held, HearingSkipReason skipReason) {

    /** Nothing yet, and again after the review body sent the case back (art. 100(2)). */
    public static final Hearing NONE = new Hearing(false, null, null, false, false, null);

    /** Whether the hearing was skipped on a ground of art. 73(2). */
    public boolean skipped() {
        return skipReason != null;
    }

    Hearing preliminaryDecisionSent(LocalDate earliestAct, LocalDate objectionsEnd) {
        return new Hearing(true, earliestAct, objectionsEnd, oralHearingRequested, held, skipReason);
    }

    Hearing objected(boolean oralRequested) {
        return new Hearing(preliminaryDecisionSent, earliestActOn, objectionsUntil,
                oralHearingRequested || oralRequested, held, skipReason);
    }

    Hearing heard() {
        return new Hearing(preliminaryDecisionSent, earliestActOn, objectionsUntil, oralHearingRequested, true,
                skipReason);
    }

    Hearing skippedHearing(HearingSkipReason reason) {
        return new Hearing(preliminaryDecisionSent, earliestActOn, objectionsUntil, oralHearingRequested, held, reason);
    }
}
