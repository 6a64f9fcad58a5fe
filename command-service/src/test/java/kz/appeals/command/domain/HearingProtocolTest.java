package kz.appeals.command.domain;

import static kz.appeals.command.domain.ConsiderationTest.preliminaryDecision;
import static kz.appeals.command.domain.Scenario.AKIMAT;
import static kz.appeals.command.domain.Scenario.date;
import static kz.appeals.command.domain.Scenario.events;
import static kz.appeals.command.domain.Scenario.inReview;
import static kz.appeals.command.domain.Scenario.is;
import static kz.appeals.command.domain.Scenario.with;
import static org.hamcrest.Matchers.containsString;

import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.command.domain.consideration.DecideProtocolRemarks;
import kz.appeals.command.domain.consideration.RecordHearing;
import kz.appeals.command.domain.consideration.SignHearingProtocol;
import kz.appeals.command.domain.consideration.SubmitProtocolRemarks;
import kz.appeals.events.Actor;
import kz.appeals.events.ComputedDate;
import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.HearingHeld;
import kz.appeals.events.HearingProtocolSigned;
import kz.appeals.events.ProtocolRemarksDecided;
import kz.appeals.events.ProtocolRemarksSubmitted;

/**
 * The hearing protocol (APPC art. 74): signed within 2 working days of an oral hearing; remarks within 3 working days
 * of reading it; the chair decides on them.
 */
class HearingProtocolTest {

    private static final Actor EXECUTOR = new Actor("exec-1", "EXECUTOR", AKIMAT.bodyId());

    private final Scenario scenario = new Scenario();
    private final FixtureConfiguration<Appeal> fixture = scenario.fixture;

    /** An oral hearing on Thu 2 April 2026; the protocol is due Mon 6 April. */
    static List<Object> heard() {
        return with(inReview("a-1"), preliminaryDecision("a-1"),
                new HearingHeld("a-1", date("2026-04-02"), true, List.of("Aigerim Sadykova", "exec-1"), "heard",
                        "APPC art. 73, 74"),
                new DeadlineScheduled("a-1", "a-1:PROTOCOL_SIGNING", "PROTOCOL_SIGNING", date("2026-04-03"),
                        date("2026-04-06"), "2 working days", "APPC art. 74", true, "appc-2025-12", "kz-2026",
                        List.of(), List.of()));
    }

    /** Signed on Fri 3 April 2026. */
    static List<Object> signed() {
        return with(heard(),
                new HearingProtocolSigned("a-1", date("2026-04-02"), date("2026-04-03"), "exec-1", false,
                        "APPC art. 74"),
                new DeadlineClosed("a-1", "a-1:PROTOCOL_SIGNING", "PROTOCOL_SIGNING", date("2026-04-06"),
                        date("2026-04-03"), true, "HearingProtocolSigned", "APPC art. 74"));
    }

    @Test
    @DisplayName("APPC art. 74: an oral hearing on Thu 2 April 2026 is to be signed by Mon 6 April (Fri 3, Mon 6)")
    void oralHearingStartsTheSigningPeriod() {
        scenario.today("2026-04-02T15:00");
        fixture.given(with(inReview("a-1"), preliminaryDecision("a-1")))
                .when(new RecordHearing("a-1", null, null, true, List.of("Aigerim Sadykova"), "heard"))
                .expectEventsMatching(events(
                        is(HearingHeld.class, HearingHeld::oral),
                        is(DeadlineScheduled.class, d -> d.timer().equals("PROTOCOL_SIGNING")
                                && d.startsOn().equals(date("2026-04-03")) && d.dueDate().equals(date("2026-04-06"))
                                && d.period().equals("2 working days") && d.legalBasis().equals("APPC art. 74"))));
    }

    @Test
    @DisplayName("APPC art. 74: a written hearing has no protocol to sign")
    void writtenHearingHasNoProtocol() {
        fixture.given(with(inReview("a-1"), preliminaryDecision("a-1")))
                .when(new RecordHearing("a-1", null, date("2026-04-01"), false, List.of(), "written objections"))
                .expectEventsMatching(events(is(HearingHeld.class, h -> !h.oral())));
        fixture.given(with(inReview("a-1"), preliminaryDecision("a-1"),
                        new HearingHeld("a-1", date("2026-04-01"), false, List.of(), "written", "APPC art. 73, 74")))
                .when(new SignHearingProtocol("a-1", null), ActorMetaData.of(EXECUTOR))
                .expectException(StateConflict.class)
                .expectExceptionMessage(containsString("APPC art. 74"));
    }

    @Test
    @DisplayName("APPC art. 74: signed on Fri 3 April, the period closes as met")
    void protocolSignedInTime() {
        scenario.today("2026-04-03T10:00");
        fixture.given(heard())
                .when(new SignHearingProtocol("a-1", null), ActorMetaData.of(EXECUTOR))
                .expectEvents(
                        new HearingProtocolSigned("a-1", date("2026-04-02"), date("2026-04-03"), "exec-1", false,
                                "APPC art. 74"),
                        new DeadlineClosed("a-1", "a-1:PROTOCOL_SIGNING", "PROTOCOL_SIGNING", date("2026-04-06"),
                                date("2026-04-03"), true, "HearingProtocolSigned", "APPC art. 74"));
    }

    @Test
    @DisplayName("APPC art. 74: signed on Tue 7 April, after Mon 6 April, it is recorded as late; and only once")
    void lateSignatureIsRecordedAsLate() {
        scenario.today("2026-04-07T10:00");
        fixture.given(heard())
                .when(new SignHearingProtocol("a-1", null), ActorMetaData.of(EXECUTOR))
                .expectEventsMatching(events(is(HearingProtocolSigned.class, HearingProtocolSigned::late),
                        is(DeadlineClosed.class, c -> !c.met())));
        fixture.given(signed())
                .when(new SignHearingProtocol("a-1", null), ActorMetaData.of(EXECUTOR))
                .expectException(StateConflict.class);
    }

    @Test
    @DisplayName("APPC art. 74: read on Fri 3 April, remarks are due by Wed 8 April (Mon 6, Tue 7, Wed 8)")
    void remarksWithinThreeWorkingDaysOfReading() {
        scenario.today("2026-04-08T10:00");
        fixture.given(signed())
                .when(new SubmitProtocolRemarks("a-1", null, "my answer on the deadline is missing",
                        date("2026-04-03")))
                .expectEventsMatching(events(is(ProtocolRemarksSubmitted.class,
                        r -> r.readOn().equals(date("2026-04-03")) && r.submittedOn().equals(date("2026-04-08"))
                                && r.remarksUntil().date().equals(date("2026-04-08")) && !r.late())));
    }

    @Test
    @DisplayName("APPC art. 74: remarks on Thu 9 April, after Wed 8 April, are recorded as late, not refused")
    void lateRemarksAreRecordedAsLate() {
        scenario.today("2026-04-09T10:00");
        fixture.given(signed())
                .when(new SubmitProtocolRemarks("a-1", null, "missing words", date("2026-04-03")))
                .expectEventsMatching(events(is(ProtocolRemarksSubmitted.class, ProtocolRemarksSubmitted::late)));
    }

    @Test
    @DisplayName("APPC art. 74: no remarks before the protocol is signed, nor read before its signing")
    void remarksNeedASignedProtocol() {
        fixture.given(heard())
                .when(new SubmitProtocolRemarks("a-1", null, "missing words", null))
                .expectException(StateConflict.class);
        scenario.today("2026-04-06T10:00");
        fixture.given(signed())
                .when(new SubmitProtocolRemarks("a-1", null, "missing words", date("2026-04-02")))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("APPC art. 74"));
    }

    @Test
    @DisplayName("APPC art. 74: the chair decides on the remarks; a rejection states why")
    void chairDecidesOnTheRemarks() {
        List<Object> remarked = with(signed(), new ProtocolRemarksSubmitted("a-1", "missing words",
                date("2026-04-03"), date("2026-04-06"), new ComputedDate(date("2026-04-04"), date("2026-04-08"),
                "3 working days", "APPC art. 74", true, "appc-2025-12", "kz-2026", List.of()), false,
                "APPC art. 74"));
        scenario.today("2026-04-07T10:00");
        fixture.given(remarked)
                .when(new DecideProtocolRemarks("a-1", null, true, "the words are added"), ActorMetaData.of(EXECUTOR))
                .expectEvents(new ProtocolRemarksDecided("a-1", true, "the words are added", date("2026-04-07"),
                        "exec-1", "APPC art. 74"));
        fixture.given(remarked)
                .when(new DecideProtocolRemarks("a-1", null, false, ""), ActorMetaData.of(EXECUTOR))
                .expectException(RuleViolation.class);
        fixture.given(signed())
                .when(new DecideProtocolRemarks("a-1", null, true, "ok"), ActorMetaData.of(EXECUTOR))
                .expectException(StateConflict.class);
    }
}
