package kz.appeals.query.intake;

import static kz.appeals.query.projection.History.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.clock.AppealKind;
import kz.appeals.events.ActNature;
import kz.appeals.events.ActOutcome;
import kz.appeals.events.AdministrativeActIssued;
import kz.appeals.events.AnonymousAppealRecorded;
import kz.appeals.events.AppealEvent;
import kz.appeals.events.AppealDefectsFound;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealForm;
import kz.appeals.events.Channel;
import kz.appeals.events.Language;
import kz.appeals.events.Party;
import kz.appeals.query.projection.History;
import kz.appeals.query.projection.InMemoryTables;

/** The intake read model's event handling (issue 12), without Kafka or a database. */
class IntakeFoldTest {

    static Map<String, Object> intake(History history) {
        InMemoryTables tables = new InMemoryTables();
        history.walk(new IntakeProjection(tables)::apply);
        return tables.only("appeal_intake", "appeal_id", ID);
    }

    @Test
    @DisplayName("arts. 22, 89(2), 64(6): the appeal's language, the act's, and the defects found at registration")
    void languageAndDefects() {
        List<AppealEvent> registered = History.filed(AppealKind.APPLICATION).events();
        AppealFiled filed = (AppealFiled) registered.get(0);
        History history = History.of(new AppealFiled(ID, filed.kind(), filed.applicant(), List.of(),
                        filed.addressee(), filed.substance(), filed.form(), filed.channel(), filed.receivedAt(), null,
                        Language.KK), registered.get(1), registered.get(2))
                .then(new AppealDefectsFound(ID, List.of("applicant.postalAddress: missing (APPC art. 63(1))"), D,
                        false, "APPC art. 63(1)-(2), 64(1), 64(6)"),
                        new AdministrativeActIssued(ID, "act-1", "1-A", ActNature.FAVOURABLE, ActOutcome.SATISFIED,
                                "granted", D.plusDays(3), "exec-1", AKIMAT.bodyId(), null, false, "APPC art. 77",
                                Language.KK));
        assertThat(intake(history)).containsEntry("language", "KK").containsEntry("answer_language", "KK")
                .containsEntry("defects_found_on", D).containsEntry("simplified_procedure", false)
                .containsEntry("legal_basis", "APPC art. 63(1)-(2), 64(1), 64(6)")
                .containsEntry("defects", List.of("applicant.postalAddress: missing (APPC art. 63(1))"));
    }

    @Test
    @DisplayName("art. 64(7-2): an anonymous appeal is marked so")
    void anonymous() {
        History history = History.of(new AppealFiled(ID, AppealKind.APPLICATION, Party.nobody(), List.of(),
                AKIMAT, "a road", AppealForm.PAPER, Channel.POST, java.time.Instant.parse("2026-03-02T04:00:00Z")),
                new AnonymousAppealRecorded(ID, D, true, "APPC art. 64(7-2)"));
        assertThat(intake(history)).containsEntry("anonymous", true).containsEntry("reports_crime_or_threat", true)
                .containsEntry("language", null);
    }
}
