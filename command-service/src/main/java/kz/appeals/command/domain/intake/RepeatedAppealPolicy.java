package kz.appeals.command.domain.intake;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.refused;
import static kz.appeals.command.domain.Verdict.stagePermits;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import kz.appeals.command.domain.AppealRecord;
import kz.appeals.command.domain.Procedures;
import kz.appeals.command.domain.Verdict;
import kz.appeals.events.Party;
import kz.appeals.events.RepeatConsequence;
import kz.appeals.events.ReturnGround;
import kz.appeals.events.TerminationGround;
import kz.appeals.lifecycle.AppealState;

/**
 * Repeated appeals: a repeat by the same applicant at the same body, with nothing new, of an appeal whose procedure
 * was terminated is returned with reasons within 3 working days of its registration (APPC art. 64(7)(2)); only a
 * re-filing after that return is attached to the earlier case without an answer (art. 64(8)); a repeat of a matter
 * already decided ends in termination, with notice within 3 working days (art. 70(1)(1); art. 88(1) in the simplified
 * procedure); a repeat with new arguments is considered as a new appeal (art. 70(5)).
 */
public final class RepeatedAppealPolicy {

    public static final String BASIS = "APPC art. 64(8)";
    public static final String RETURN_BASIS = "APPC art. 64(7)(2)";
    public static final String TERMINATION_BASIS = "APPC art. 70(1)(1)";
    public static final String NEW_APPEAL_BASIS = "APPC art. 70(5)";

    /** A decision on the same subject exists; every other ended procedure was terminated without one. */
    private static final Set<AppealState> DECIDED = EnumSet.of(AppealState.DECIDED, AppealState.IN_COURT,
            AppealState.COURT_DECIDED, AppealState.COURT_DECISION_EXECUTED);

    private RepeatedAppealPolicy() {
    }

    /**
     * Whether this appeal ({@code intake}) may be found a repeat of {@code earlier}: another appeal of the same
     * applicant at the same body, no longer under consideration.
     */
    public static Verdict identification(Intake intake, String earlierAppealId, Optional<AppealRecord> earlier) {
        AppealState state = intake.state();
        return stagePermits(state.underConsideration(), BASIS, "an appeal that is " + state
                + " is not examined as a repeat")
                .then(() -> allowedIf(!intake.appealId().equals(earlierAppealId), BASIS,
                        "an appeal does not repeat itself"))
                .then(() -> allowedIf(earlier.isPresent(), BASIS, "there is no earlier appeal " + earlierAppealId))
                .then(() -> sameApplicantAndBody(intake, earlier.get()))
                .then(() -> allowedIf(!earlier.get().state().underConsideration()
                        && earlier.get().state() != AppealState.AWAITING_CORRECTION
                        && earlier.get().state() != AppealState.FILED, BASIS, "the earlier appeal "
                        + earlier.get().registrationNumber() + " is still " + earlier.get().state()
                        + "; a repeat follows a procedure that ended"));
    }

    /** What the Code makes of the repeat; call only after {@link #identification} allowed it. */
    public static RepeatConsequence consequence(AppealRecord earlier, boolean newArguments) {
        if (newArguments) {
            return RepeatConsequence.NEW_APPEAL;
        }
        if (earlier.returnGround() == ReturnGround.REPEAT_WITHOUT_NEW_ARGUMENTS
                || earlier.state() == AppealState.ATTACHED) {
            return RepeatConsequence.ATTACH;
        }
        return DECIDED.contains(earlier.state()) ? RepeatConsequence.TERMINATE : RepeatConsequence.RETURN;
    }

    /** The article each consequence rests on. */
    public static String basis(RepeatConsequence consequence) {
        return switch (consequence) {
            case NEW_APPEAL -> NEW_APPEAL_BASIS;
            case RETURN -> RETURN_BASIS;
            case ATTACH -> BASIS;
            case TERMINATE -> TERMINATION_BASIS;
        };
    }

    /** Art. 70(1)(1) in the administrative procedure; a repeat already answered, art. 88(1), in the simplified one. */
    public static TerminationGround terminationGround(Intake intake) {
        return Procedures.simplified(intake.kind()) ? TerminationGround.REPEAT_ALREADY_ANSWERED
                : TerminationGround.DECISION_ON_SAME_SUBJECT_EXISTS;
    }

    /** A termination is reasoned (art. 70); a return's reasons come with the return itself. */
    public static Verdict reasonsGiven(RepeatConsequence consequence, String reasons) {
        return allowedIf(consequence != RepeatConsequence.TERMINATE || !blank(reasons), TERMINATION_BASIS,
                "state the reasons of the termination: the decision on the same subject");
    }

    /**
     * Art. 64(8): only a re-filing, by the same applicant at the same body, after the earlier appeal was returned as a
     * repeat (art. 64(7)(2)) is attached without an answer.
     */
    public static Verdict attaching(Intake intake, String earlierAppealId, Optional<AppealRecord> earlier) {
        return identification(intake, earlierAppealId, earlier)
                .then(() -> consequence(earlier.get(), false) == RepeatConsequence.ATTACH ? Verdict.ALLOWED
                        : refused(BASIS, "only a re-filing after the earlier appeal was returned as a repeat (art. "
                                + "64(7)(2)) is attached; " + earlier.get().registrationNumber() + " is "
                                + earlier.get().state() + ": identify the repeat instead"));
    }

    private static Verdict sameApplicantAndBody(Intake intake, AppealRecord earlier) {
        return allowedIf(sameParty(intake.applicant(), earlier.applicant()), BASIS, "the earlier appeal "
                + earlier.registrationNumber() + " is another applicant's; a repeat is the same applicant's")
                .then(() -> allowedIf(intake.holdingBody().bodyId().equals(earlier.addressee().bodyId()), BASIS,
                        "the earlier appeal " + earlier.registrationNumber() + " is at " + earlier.addressee().bodyId()
                                + ", not at " + intake.holdingBody().bodyId() + "; a repeat is filed with the same "
                                + "body"));
    }

    /** The same person: by IIN/BIN where both have one, else by name (a foreigner may have none, art. 63(2)(1)). */
    public static boolean sameParty(Party one, Party other) {
        if (one == null || other == null) {
            return false;
        }
        String a = one.identificationNumber();
        String b = other.identificationNumber();
        if (!blank(a) && !blank(b)) {
            return a.equals(b);
        }
        return !blank(name(one)) && name(one).equalsIgnoreCase(name(other));
    }

    private static String name(Party party) {
        return party.fullName() != null ? party.fullName().strip() : party.organisationName() == null ? null
                : party.organisationName().strip();
    }
}
