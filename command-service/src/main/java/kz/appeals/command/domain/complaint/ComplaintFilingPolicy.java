package kz.appeals.command.domain.complaint;

import static kz.appeals.command.domain.Verdict.allowedIf;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import kz.appeals.clock.DueDate;
import kz.appeals.clock.ProceduralTimer;
import kz.appeals.command.domain.AppealRecord;
import kz.appeals.command.domain.Verdict;

/**
 * APPC arts. 91-92: a complaint against an act, an action or inaction is filed with the body whose act it challenges,
 * within 3 months of learning of the act, or 6 months if the act did not state the route (art. 92). A late complaint is
 * not refused but examined on the merits (art. 92(3)): it is recorded as late.
 */
public final class ComplaintFilingPolicy {

    public static final String BASIS = "APPC art. 91, 92";
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
