package kz.appeals.command.domain.complaint;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Verdict.allowedIf;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import kz.appeals.clock.DueDate;
import kz.appeals.clock.ProceduralTimer;
import kz.appeals.command.domain.AppealRecord;
import kz.appeals.command.domain.RuleViolation;
import kz.appeals.command.domain.Verdict;
import kz.appeals.events.AppealForm;

/**
 * APPC arts. 91-92: a complaint against an act, an action or inaction is filed with the body whose act it challenges,
 * within 3 months of learning of the act, or 6 months if the act did not state the route (art. 92). A late complaint is
 * not refused but examined on the merits (art. 92(3)): it is recorded as late.
 */
public final class ComplaintFilingPolicy {

    public static final String BASIS = "APPC art. 91, 92";
    public static final String WRITTEN = "APPC art. 93(1)";
    public static final String OWN_INITIATIVE = "APPC art. 62(1)(2), 91, 92";
    public static final Set<String> AGAINST = Set.of("ACT", "ACTION", "INACTION");

    private ComplaintFilingPolicy() {
    }

    /** The complaint names what it is against, and the appeal it challenges exists and, for an act, has one. */
    public static Verdict filing(String challengedAppealId, String against, Optional<AppealRecord> challenged) {
        return allowedIf(AGAINST.contains(against), BASIS, "a complaint is against an ACT, an ACTION or INACTION")
                .then(() -> allowedIf(challenged.isPresent(), BASIS, "there is no appeal " + challengedAppealId
                        + " to complain about"))
                .then(() -> allowedIf(!"ACT".equals(against) || challenged.get().hasAct(), BASIS, "appeal "
                        + challenged.get().registrationNumber() + " has no administrative act"));
    }

    /** APPC art. 93(1): a complaint is filed in writing, on paper or electronically; not orally or by video. */
    public static Verdict written(AppealForm form) {
        return Verdict.allowedIf(form == AppealForm.PAPER || form == AppealForm.ELECTRONIC, WRITTEN,
                "a complaint is filed in writing (paper or electronic), not " + form);
    }

    /**
     * APPC arts. 62(1)(2), 91-92: a complaint filed directly, not against an appeal of this system, must name what it
     * challenges (an act adopted on the body's own initiative, an action, an inaction) so that the filing period can
     * be counted and the act suspended; one that names nothing is refused, pointing to the complaint route of an
     * appeal ({@code /api/appeals/{id}/complaints}).
     */
    public static Verdict namedAct(NamedAct act, AppealForm form) {
        return written(form).then(() -> Verdict.allowedIf(act != null, OWN_INITIATIVE, "a complaint names the act, "
                + "action or inaction it challenges: file it against its appeal (/api/appeals/{id}/complaints), or "
                + "name the act (challenged.against, challenged.actNumber)"))
                .then(() -> Verdict.allowedIf(AGAINST.contains(act.against()), BASIS,
                        "a complaint is against an ACT, an ACTION or INACTION"))
                .then(() -> Verdict.allowedIf(!"ACT".equals(act.against()) || !blank(act.actNumber()), BASIS,
                        "a complaint against an act names the act (challenged.actNumber)"));
    }

    /** The filing period of a complaint against a named act: 3 months if the act stated the route, else 6 (92). */
    public static ProceduralTimer filingPeriod(NamedAct act) {
        return act.routeStated() ? ProceduralTimer.COMPLAINT_FILING : ProceduralTimer.COMPLAINT_FILING_NO_ROUTE_STATED;
    }

    /** The day the complainant learned of a named act: as stated, else the act's date, else the day of receipt. */
    public static LocalDate learnedOn(NamedAct act, LocalDate receivedOn) {
        if (act.learnedOfActOn() != null) {
            return act.learnedOfActOn();
        }
        return act.actIssuedOn() != null ? act.actIssuedOn() : receivedOn;
    }

    public static ProceduralTimer filingPeriod(AppealRecord challenged) {
        return challenged.route() != null && challenged.route().stated()
                ? ProceduralTimer.COMPLAINT_FILING : ProceduralTimer.COMPLAINT_FILING_NO_ROUTE_STATED;
    }

    /** The day the complainant learned of the act: as stated, else the act's delivery, else its date. */
    public static LocalDate learnedOn(LocalDate stated, AppealRecord challenged, LocalDate today) {
        if (stated != null) {
            return stated;
        }
        if (challenged.actDeliveredOn() != null) {
            return challenged.actDeliveredOn();
        }
        return challenged.actIssuedOn() != null ? challenged.actIssuedOn() : today;
    }

    public static boolean late(LocalDate filedOn, DueDate period) {
        return filedOn.isAfter(period.dueDate());
    }
}
