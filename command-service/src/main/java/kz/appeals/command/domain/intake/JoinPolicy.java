package kz.appeals.command.domain.intake;

import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.stagePermits;

import java.util.Objects;

import kz.appeals.command.domain.Verdict;
import kz.appeals.events.Party;
import kz.appeals.lifecycle.AppealState;

/**
 * APPC art. 22(1): interested persons may join a procedure already started, which makes the appeal collective. Only
 * while it is under way (until the decision), only a person who can be named (an anonymous person cannot be notified or
 * answered, art. 64(7-2)), and only once.
 */
public final class JoinPolicy {

    public static final String BASIS = "APPC art. 22(1)";

    private JoinPolicy() {
    }

    public static Verdict joining(Intake intake, JoinAppeal request) {
        AppealState state = intake.state();
        Party member = request.member();
        return stagePermits(state.open(), BASIS, "a person joins a procedure under way, until the decision; it is "
                + state)
                .then(() -> allowedIf(member != null && !AcceptancePolicy.anonymous(member), BASIS,
                        "the person joining is named (a name or an IIN/BIN)"))
                .then(() -> allowedIf(member.identificationNumber() == null || (!Objects.equals(
                        member.identificationNumber(), intake.applicant().identificationNumber())
                        && intake.members().stream().noneMatch(m -> Objects.equals(m.identificationNumber(),
                        member.identificationNumber()))), BASIS, "this person already takes part in the appeal"));
    }
}
