package kz.appeals.command.domain.intake;

import static kz.appeals.command.domain.Rules.require;
import static kz.appeals.command.domain.Rules.requireStage;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import kz.appeals.command.domain.AppealRecord;
import kz.appeals.command.domain.RuleViolation;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC art. 64(8): a repeated appeal, after the earlier one was returned or decided and with nothing new, is attached
 * to the earlier case and not answered.
 */
public final class RepeatedAppealPolicy {

    public static final String BASIS = "APPC art. 64(8)";

    private static final Set<AppealState> CLOSED_CASE = EnumSet.of(AppealState.RETURNED, AppealState.DECIDED,
            AppealState.TERMINATED, AppealState.LEFT_WITHOUT_CONSIDERATION, AppealState.IN_COURT,
            AppealState.COURT_DECIDED, AppealState.COURT_DECISION_EXECUTED);

    private RepeatedAppealPolicy() {
    }

    public static AppealRecord check(String appealId, AppealState state, String earlierAppealId,
                                     Optional<AppealRecord> earlier) {
        requireStage(state.underConsideration(), BASIS, "an appeal that is " + state + " cannot be attached");
        require(!appealId.equals(earlierAppealId), BASIS, "an appeal cannot be attached to itself");
        AppealRecord record = earlier.orElseThrow(() -> new RuleViolation(BASIS, "there is no earlier appeal "
                + earlierAppealId));
        require(CLOSED_CASE.contains(record.state()), BASIS, "the earlier appeal " + record.registrationNumber()
                + " is still " + record.state() + "; only a repeat of a returned or decided appeal is attached");
        return record;
    }
}
