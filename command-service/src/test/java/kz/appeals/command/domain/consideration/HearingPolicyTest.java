package kz.appeals.command.domain.consideration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.command.domain.Verdict;
import kz.appeals.events.ActNature;
import kz.appeals.events.HearingSkipReason;

/** The act after the hearing, as a function: a verdict, not an exception, so the rule reads and composes. */
class HearingPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 6);

    @Test
    @DisplayName("APPC art. 73: a burdensome act without a preliminary decision or a recorded skip is refused")
    void burdensomeActWithoutHearingIsRefused() {
        Verdict verdict = HearingPolicy.actMayFollow(Hearing.NONE, ActNature.BURDENSOME, TODAY);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Refused.class, refused -> {
            assertThat(refused.article()).isEqualTo("APPC art. 73");
            assertThat(refused.notAtThisStage()).isFalse();
        });
    }

    @Test
    @DisplayName("APPC art. 73: a favourable act touching no one else needs no hearing")
    void favourableActWithoutHearingIsAllowed() {
        assertThat(HearingPolicy.actMayFollow(Hearing.NONE, ActNature.FAVOURABLE, TODAY).allowed()).isTrue();
    }

    @Test
    @DisplayName("APPC art. 73: not before the earliest day after the preliminary decision")
    void actBeforeTheEarliestDayIsRefused() {
        Hearing sent = Hearing.NONE.preliminaryDecisionSent(TODAY.plusDays(1), TODAY);

        assertThat(HearingPolicy.actMayFollow(sent, ActNature.BURDENSOME, TODAY).allowed()).isFalse();
        assertThat(HearingPolicy.actMayFollow(sent, ActNature.BURDENSOME, TODAY.plusDays(1)).allowed()).isTrue();
    }

    @Test
    @DisplayName("APPC art. 73: an oral hearing asked for is held before the act")
    void requestedOralHearingComesFirst() {
        Hearing asked = Hearing.NONE.preliminaryDecisionSent(TODAY, TODAY.minusDays(1)).objected(true);

        assertThat(HearingPolicy.actMayFollow(asked, ActNature.BURDENSOME, TODAY).allowed()).isFalse();
        assertThat(HearingPolicy.actMayFollow(asked.heard(), ActNature.BURDENSOME, TODAY).allowed()).isTrue();
    }

    @Test
    @DisplayName("APPC art. 73: the act waits until the objection window has closed, even after the notice period")
    void actWaitsForTheObjectionWindow() {
        // notice period over on 6 April, but the participant received it late and may object until 7 April
        Hearing sent = Hearing.NONE.preliminaryDecisionSent(TODAY, TODAY.plusDays(1));

        Verdict early = HearingPolicy.actMayFollow(sent, ActNature.BURDENSOME, TODAY.plusDays(1));
        assertThat(early).isInstanceOfSatisfying(Verdict.Refused.class,
                refused -> assertThat(refused.reason()).contains("may object until 2026-04-07"));
        assertThat(HearingPolicy.actMayFollow(sent, ActNature.BURDENSOME, TODAY.plusDays(2)).allowed()).isTrue();
    }

    @Test
    @DisplayName("APPC art. 73(2): a hearing skipped for a favourable act does not cover a burdensome one")
    void skipForAFavourableActDoesNotCoverABurdensomeAct() {
        Hearing skipped = Hearing.NONE.skippedHearing(HearingSkipReason.FAVOURABLE_ACT_NO_THIRD_PARTY);

        assertThat(HearingPolicy.actMayFollow(skipped, ActNature.FAVOURABLE, TODAY).allowed()).isTrue();
        assertThat(HearingPolicy.actMayFollow(skipped, ActNature.BURDENSOME, TODAY).allowed()).isFalse();
        assertThat(HearingPolicy.actMayFollow(Hearing.NONE.skippedHearing(HearingSkipReason.URGENCY),
                ActNature.BURDENSOME, TODAY).allowed()).isTrue();
    }
}
