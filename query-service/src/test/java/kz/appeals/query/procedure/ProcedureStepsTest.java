package kz.appeals.query.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import kz.appeals.events.AdministrativeActExecuted;
import kz.appeals.events.AppealEvent;
import kz.appeals.events.CaseFileAccessGranted;
import kz.appeals.events.CaseFileAccessRequested;
import kz.appeals.events.ComplaintFilingPeriodRestored;
import kz.appeals.events.ComplaintRefiled;
import kz.appeals.events.ComputedDate;
import kz.appeals.events.CourtPenaltyImposed;
import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineMissed;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.HearingProtocolSigned;
import kz.appeals.events.ProtocolRemarksDecided;
import kz.appeals.events.ProtocolRemarksSubmitted;
import kz.appeals.events.RecusalDecided;
import kz.appeals.events.RecusalRequested;
import kz.appeals.events.RepeatConsequence;
import kz.appeals.events.RepeatedAppealIdentified;
import kz.appeals.events.SuspensionExceptionStated;
import kz.appeals.lifecycle.LifecycleState;
import kz.appeals.query.projection.ProjectedEvent;
import kz.appeals.query.projection.RowChange;

/** Which events become rows of the procedure-steps read model, and what each row says (issue 12). */
class ProcedureStepsTest {

    record Row(String rule, AppealEvent event, String expected) {
        @Override
        public String toString() {
            return rule;
        }
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static ComputedDate due(String iso) {
        return new ComputedDate(null, d(iso), "3 working days", "x", true, "r", "c", List.of());
    }

    static List<Row> table() {
        return List.of(
                new Row("art. 86(3): the act executed", new AdministrativeActExecuted("a", "act-1", d("2026-04-10"),
                        "done", false, "APPC art. 86(3)"),
                        "ACT_EXECUTION AdministrativeActExecuted EXECUTED 2026-04-10 - false - APPC art. 86(3)"),
                new Row("art. 86(3): its deadline runs", new DeadlineScheduled("a", "a:ACT_EXECUTION",
                        "ACT_EXECUTION", d("2026-04-07"), d("2026-04-13"), "5 working days", "APPC art. 86(3)", true,
                        "r", "c", List.of(), List.of()),
                        "ACT_EXECUTION DeadlineScheduled ACT_EXECUTION_RUNNING 2026-04-07 2026-04-13 - - "
                                + "APPC art. 86(3)"),
                new Row("art. 127(5): the penalty carries the new period", new CourtPenaltyImposed("a", "court", 1L,
                        "late", d("2026-09-10"), "APPC art. 127", d("2026-10-01")),
                        "COURT_EXECUTION CourtPenaltyImposed PENALTY_IMPOSED 2026-09-10 2026-10-01 - - "
                                + "APPC art. 127, 127(5)"),
                new Row("art. 171: the missed month", new DeadlineMissed("a", "a:COURT_DECISION_EXECUTION",
                        "COURT_DECISION_EXECUTION", d("2026-09-07"), d("2026-09-08"), "APPC art. 171"),
                        "COURT_EXECUTION DeadlineMissed COURT_DECISION_EXECUTION_MISSED 2026-09-08 2026-09-07 true - "
                                + "APPC art. 171"),
                new Row("art. 75(1): access asked", new CaseFileAccessRequested("a", "u-1", "Aigerim", null,
                        d("2026-04-02"), due("2026-04-07"), "APPC art. 75(1)"),
                        "CASE_FILE_ACCESS CaseFileAccessRequested REQUESTED 2026-04-02 2026-04-07 - - "
                                + "APPC art. 75(1)"),
                new Row("art. 75(1): access given late, with a part withheld", new CaseFileAccessGranted("a",
                        d("2026-04-08"), "copies", "state secret", "reg-1", true, "APPC art. 75(1)"),
                        "CASE_FILE_ACCESS CaseFileAccessGranted GRANTED_WITH_PARTS_WITHHELD 2026-04-08 - true - "
                                + "APPC art. 75(1)"),
                new Row("art. 75(1): the deadline closed in time", new DeadlineClosed("a", "a:CASE_FILE_ACCESS",
                        "CASE_FILE_ACCESS", d("2026-04-07"), d("2026-04-06"), true, "CaseFileAccessGranted",
                        "APPC art. 75(1)"),
                        "CASE_FILE_ACCESS DeadlineClosed CASE_FILE_ACCESS_CLOSED 2026-04-06 2026-04-07 false - "
                                + "APPC art. 75(1)"),
                new Row("art. 74: the protocol signed", new HearingProtocolSigned("a", d("2026-04-02"),
                        d("2026-04-03"), "exec-1", false, "APPC art. 74"),
                        "HEARING_PROTOCOL HearingProtocolSigned SIGNED 2026-04-03 - false - APPC art. 74"),
                new Row("art. 74: remarks with their window", new ProtocolRemarksSubmitted("a", "words",
                        d("2026-04-03"), d("2026-04-08"), due("2026-04-08"), false, "APPC art. 74"),
                        "HEARING_PROTOCOL ProtocolRemarksSubmitted REMARKS_SUBMITTED 2026-04-08 2026-04-08 false - "
                                + "APPC art. 74"),
                new Row("art. 74: the chair rejected the remarks", new ProtocolRemarksDecided("a", false, "no",
                        d("2026-04-09"), "exec-1", "APPC art. 74"),
                        "HEARING_PROTOCOL ProtocolRemarksDecided REMARKS_REJECTED 2026-04-09 - - - APPC art. 74"),
                new Row("art. 67: an official recused themself", new RecusalRequested("a", "exec-1", "cousin", true,
                        "exec-1", d("2026-04-02"), due("2026-04-07"), "APPC art. 67"),
                        "RECUSAL RecusalRequested SELF_RECUSAL_REQUESTED 2026-04-02 2026-04-07 - exec-1 "
                                + "APPC art. 67"),
                new Row("art. 67: the superior official granted it", new RecusalDecided("a", "exec-1", true, "ok",
                        d("2026-04-06"), "head-1", false, "APPC art. 67"),
                        "RECUSAL RecusalDecided GRANTED 2026-04-06 - false exec-1 APPC art. 67"),
                new Row("art. 67: the notice period runs", new DeadlineScheduled("a", "a:RECUSAL_NOTICE",
                        "RECUSAL_NOTICE", d("2026-04-07"), d("2026-04-08"), "2 working days", "APPC art. 67", true,
                        "r", "c", List.of(), List.of()),
                        "RECUSAL DeadlineScheduled RECUSAL_NOTICE_RUNNING 2026-04-07 2026-04-08 - - APPC art. 67"),
                new Row("art. 64(7)(2): a repeat of a terminated procedure is returned",
                        new RepeatedAppealIdentified("a", "e-1", "ЖТ-2026-00000003", false, RepeatConsequence.RETURN,
                                d("2026-04-06"), "APPC art. 64(7)(2)"),
                        "REPEAT RepeatedAppealIdentified RETURN 2026-04-06 - - - APPC art. 64(7)(2)"),
                new Row("art. 92(2): the filing period restored for a good reason",
                        new ComplaintFilingPeriodRestored("a", "in hospital", d("2026-04-07"), "head-1",
                                "APPC art. 92(2)"),
                        "COMPLAINT_FILING ComplaintFilingPeriodRestored PERIOD_RESTORED 2026-04-07 - - head-1 "
                                + "APPC art. 92(2)"),
                new Row("art. 95(3): re-filed after being left without consideration",
                        new ComplaintRefiled("a", "c-0", "ЖТ-2026-00000009", null, "APPC art. 95(3)"),
                        "COMPLAINT_FILING ComplaintRefiled REFILED - - - - APPC art. 95(3)"),
                new Row("art. 96: the act states a complaint does not suspend it",
                        new SuspensionExceptionStated("a", "act-1", "art. 96 case", "public safety", "APPC art. 96"),
                        "ACT_EXECUTION SuspensionExceptionStated SUSPENSION_EXCEPTION - - - - APPC art. 96"),
                new Row("the review period is the appeal view's, not a step", new DeadlineScheduled("a", "a:REVIEW",
                        "REVIEW", d("2026-03-18"), d("2026-04-10"), "15 working days", "APPC art. 76(1)", true, "r",
                        "c", List.of(), List.of()), "none"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachStepEventBecomesItsRow(Row row) {
        String actual = ProcedureStepsFold.step(projected(row.event())).map(s -> String.join(" ", s.step(), s.eventType(),
                s.outcome(), text(s.happenedOn()), text(s.dueOn()), text(s.late()), text(s.officialId()),
                s.legalBasis())).orElse("none");
        assertThat(actual).isEqualTo(row.expected());
    }

    @Test
    void aStepIsOneRowKeyedByAppealAndSequenceSoARedeliveryAddsNothing() {
        List<RowChange> changes = ProcedureStepsFold.changes(projected(new RecusalDecided("a", "exec-1", true, "ok",
                d("2026-04-06"), "head-1", false, "APPC art. 67")));
        assertThat(changes).singleElement().isInstanceOfSatisfying(RowChange.Insert.class, insert -> {
            assertThat(insert.table()).isEqualTo("procedure_step");
            assertThat(insert.key()).containsExactly("appeal_id", "sequence");
            assertThat(insert.onConflict()).isEqualTo(RowChange.OnConflict.IGNORE);
            assertThat(insert.values()).containsEntry("sequence", 7L).containsEntry("outcome", "GRANTED")
                    .containsEntry("happened_on", d("2026-04-06"));
        });
        assertThat(ProcedureStepsFold.changes(projected(new DeadlineScheduled("a", "a:REVIEW", "REVIEW",
                d("2026-03-18"), d("2026-04-10"), "15 working days", "APPC art. 76(1)", true, "r", "c", List.of(),
                List.of())))).isEmpty();
    }

    /** The fold reads only the event and its place; where the lifecycle stands is not a step's business. */
    private static ProjectedEvent projected(AppealEvent event) {
        return new ProjectedEvent(event.appealId(), "e-7", 7, Instant.EPOCH, event, LifecycleState.NONE,
                LifecycleState.NONE);
    }

    private static String text(Object value) {
        return value == null ? "-" : value.toString();
    }
}
