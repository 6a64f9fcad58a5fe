package kz.appeals.command.domain;

import static kz.appeals.command.domain.Scenario.*;
import static org.hamcrest.Matchers.containsString;

import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.decision.GiveSimplifiedAnswer;
import kz.appeals.command.domain.decision.IssueAdministrativeAct;
import kz.appeals.events.ActNature;
import kz.appeals.events.ActOutcome;
import kz.appeals.events.Actor;
import kz.appeals.events.AdministrativeActIssued;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.DeadlineClosed;
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
        List<Object> events = inReview("a-1", kind);
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
                        is(DeadlineClosed.class, c -> c.timer().equals("REVIEW"))));
    }

    @Test
    @DisplayName("APPC arts. 22, 89(2): an appeal in Russian may be answered in the state language")
    void actInTheStateLanguageIsAlwaysAllowed() {
        fixture.given(inReviewIn(AppealKind.APPLICATION, Language.RU))
                .when(act(Language.KK), ActorMetaData.of(EXECUTOR))
                .expectEventsMatching(events(
                        is(AdministrativeActIssued.class, a -> a.language() == Language.KK),
                        is(DeadlineClosed.class, c -> true)));
    }

    @Test
    @DisplayName("APPC arts. 22, 89(2): an act with no language named is in the appeal's language")
    void actWithoutLanguageTakesTheAppeals() {
        fixture.given(inReviewIn(AppealKind.APPLICATION, Language.KK))
                .when(act(null), ActorMetaData.of(EXECUTOR))
                .expectEventsMatching(events(
                        is(AdministrativeActIssued.class, a -> a.language() == Language.KK),
                        is(DeadlineClosed.class, c -> true)));
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
}
