package kz.appeals.command.domain;

import static kz.appeals.command.domain.Scenario.*;
import static org.hamcrest.Matchers.containsString;

import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.complaint.DecideComplaint;
import kz.appeals.command.domain.decision.GiveSimplifiedAnswer;
import kz.appeals.command.domain.decision.IssueAdministrativeAct;
import kz.appeals.events.ActNature;
import kz.appeals.events.ActOutcome;
import kz.appeals.events.Actor;
import kz.appeals.events.AdministrativeActIssued;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.ComplaintDecided;
import kz.appeals.events.ComplaintOutcome;
import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.Language;
import kz.appeals.events.SimplifiedAnswerGiven;
import kz.appeals.events.SimplifiedOutcome;

/**
 * Issue 12, item 11: the appeal records its language; the act and the answer are given in the state language (KK) or
 * in the appeal's language (APPC arts. 22, 89(2)), and one in another language is refused.
 */
class LanguageTest {

    private static final Actor EXECUTOR = new Actor("exec-1", "EXECUTOR", AKIMAT.bodyId());

    private final Scenario scenario = new Scenario();
    private final FixtureConfiguration<Appeal> fixture = scenario.fixture;

    /** An appeal in review whose AppealFiled records {@code language}. */
    private static List<Object> inReviewIn(AppealKind kind, Language language) {
        return filedIn(inReview("a-1", kind), language);
    }

    /** The events with the first, AppealFiled, recording {@code language}. */
    private static List<Object> filedIn(List<Object> events, Language language) {
        AppealFiled filed = (AppealFiled) events.get(0);
        events.set(0, new AppealFiled(filed.appealId(), filed.kind(), filed.applicant(), filed.members(),
                filed.addressee(), filed.substance(), filed.form(), filed.channel(), filed.receivedAt(), null,
                language));
        return events;
    }

    private static IssueAdministrativeAct act(Language language) {
        return new IssueAdministrativeAct("a-1", null, "act-1", "123-A", ActNature.FAVOURABLE, ActOutcome.SATISFIED,
                "permit granted", DecisionTest.ROUTE, language);
    }

    @Test
    @DisplayName("APPC arts. 22, 89(2): an appeal in Kazakh may not be answered by an act in Russian")
    void actInAnotherLanguageThanStateOrAppealsIsRefused() {
        fixture.given(inReviewIn(AppealKind.APPLICATION, Language.KK))
                .when(act(Language.RU), ActorMetaData.of(EXECUTOR))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 22, 89(2)"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("APPC arts. 22, 89(2): an appeal in Russian may be answered in Russian")
    void actInTheAppealsLanguageIsIssued() {
        fixture.given(inReviewIn(AppealKind.APPLICATION, Language.RU))
                .when(act(Language.RU), ActorMetaData.of(EXECUTOR))
                .expectEventsMatching(events(
                        is(AdministrativeActIssued.class, a -> a.language() == Language.RU),
                        is(DeadlineClosed.class, c -> c.timer().equals("REVIEW")),
                        // a satisfied act is executed within 5 working days (art. 86(3))
                        is(DeadlineScheduled.class, d -> d.timer().equals("ACT_EXECUTION"))));
    }

    @Test
    @DisplayName("APPC arts. 22, 89(2): an appeal in Russian may be answered in the state language")
    void actInTheStateLanguageIsAlwaysAllowed() {
        fixture.given(inReviewIn(AppealKind.APPLICATION, Language.RU))
                .when(act(Language.KK), ActorMetaData.of(EXECUTOR))
                .expectEventsMatching(events(
                        is(AdministrativeActIssued.class, a -> a.language() == Language.KK),
                        is(DeadlineClosed.class, c -> true),
                        // a satisfied act is executed within 5 working days (art. 86(3))
                        is(DeadlineScheduled.class, d -> d.timer().equals("ACT_EXECUTION"))));
    }

    @Test
    @DisplayName("APPC arts. 22, 89(2): an act with no language named is in the appeal's language")
    void actWithoutLanguageTakesTheAppeals() {
        fixture.given(inReviewIn(AppealKind.APPLICATION, Language.KK))
                .when(act(null), ActorMetaData.of(EXECUTOR))
                .expectEventsMatching(events(
                        is(AdministrativeActIssued.class, a -> a.language() == Language.KK),
                        is(DeadlineClosed.class, c -> true),
                        // a satisfied act is executed within 5 working days (art. 86(3))
                        is(DeadlineScheduled.class, d -> d.timer().equals("ACT_EXECUTION"))));
    }

    @Test
    @DisplayName("APPC art. 89(2): a simplified answer in Russian to a request in Kazakh is refused")
    void simplifiedAnswerInAnotherLanguageIsRefused() {
        fixture.given(inReviewIn(AppealKind.REQUEST, Language.KK))
                .when(new GiveSimplifiedAnswer("a-1", null, SimplifiedOutcome.EXPLAINED, "the schedule is published",
                        List.of("Law on access to information, art. 5"), Language.RU), ActorMetaData.of(EXECUTOR))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("89(2)"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("APPC art. 89(2): a simplified answer in the state language is given")
    void simplifiedAnswerInStateLanguageIsGiven() {
        fixture.given(inReviewIn(AppealKind.REQUEST, Language.RU))
                .when(new GiveSimplifiedAnswer("a-1", null, SimplifiedOutcome.EXPLAINED, "the schedule is published",
                        List.of("Law on access to information, art. 5"), Language.KK), ActorMetaData.of(EXECUTOR))
                .expectEventsMatching(events(
                        is(SimplifiedAnswerGiven.class, a -> a.language() == Language.KK),
                        is(DeadlineClosed.class, c -> true)));
    }

    private static final Actor REVIEWER = new Actor("reviewer-1", "HEAD", REGION.bodyId());

    /** The review body cancels the act (a refusal would need a hearing first, art. 98(3)). */
    private static DecideComplaint decision(Language language) {
        return new DecideComplaint("c-1", null, ComplaintOutcome.ACT_CANCELLED, "unlawful", List.of(), language);
    }

    @Test
    @DisplayName("APPC arts. 22, 89(2): a complaint in Kazakh may not be decided in Russian")
    void complaintDecisionInAnotherLanguageIsRefused() {
        fixture.given(filedIn(ComplaintTest.forwarded(), Language.KK))
                .when(decision(Language.RU), ActorMetaData.of(REVIEWER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 22, 89(2)"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("APPC arts. 22, 89(2): a complaint in Russian may be decided in the state language")
    void complaintDecisionInTheStateLanguageIsGiven() {
        fixture.given(filedIn(ComplaintTest.forwarded(), Language.RU))
                .when(decision(Language.KK), ActorMetaData.of(REVIEWER))
                .expectEventsMatching(events(
                        is(ComplaintDecided.class, d -> d.language() == Language.KK),
                        is(DeadlineClosed.class, c -> c.timer().equals("REVIEW"))));
    }

    @Test
    @DisplayName("APPC arts. 22, 89(2): a complaint decision with no language named is in the complaint's language")
    void complaintDecisionWithoutLanguageTakesTheComplaints() {
        fixture.given(filedIn(ComplaintTest.forwarded(), Language.RU))
                .when(decision(null), ActorMetaData.of(REVIEWER))
                .expectEventsMatching(events(
                        is(ComplaintDecided.class, d -> d.language() == Language.RU),
                        is(DeadlineClosed.class, c -> c.timer().equals("REVIEW"))));
    }
}
