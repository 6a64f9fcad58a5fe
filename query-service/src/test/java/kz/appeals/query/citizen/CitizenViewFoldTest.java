package kz.appeals.query.citizen;

import static kz.appeals.query.projection.History.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import kz.appeals.clock.AppealKind;
import kz.appeals.events.*;
import kz.appeals.query.projection.History;
import kz.appeals.query.projection.InMemoryTables;

/**
 * The citizen view's event handling, without Kafka or a database: the events walked through the shared lifecycle and
 * {@link CitizenViewFold} into in-memory tables.
 */
class CitizenViewFoldTest {

    static final String IIN = APPLICANT.identificationNumber();

    static InMemoryTables tables(History history) {
        InMemoryTables tables = new InMemoryTables();
        history.walk(new CitizenViewProjection(tables)::apply);
        return tables;
    }

    static Map<String, Object> seen(History history) {
        return tables(history).only("citizen_appeal", "appeal_id", ID);
    }

    /** The role a person sees the appeal in, as the query picks it: the first by name. */
    private static Object role(InMemoryTables tables, String idNumber) {
        return tables.rows("citizen_party").stream().filter(r -> idNumber.equals(r.get("id_number")))
                .map(r -> (String) r.get("role")).sorted().findFirst().orElse(null);
    }

    @Test
    @DisplayName("arts. 64, 76(1)-(2): the applicant sees the registered appeal, its body and review due date")
    void registered() {
        InMemoryTables tables = tables(application());
        assertThat(tables.rows("citizen_party")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("appeal_id", ID).containsEntry("id_number", IIN).containsEntry("role", "APPLICANT"));
        assertThat(tables.rows("citizen_appeal")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("appeal_id", ID).containsEntry("kind", "APPLICATION").containsEntry("state", "REGISTERED")
                .containsEntry("registration_number", "ZT-2026-1").containsEntry("body_name", "Akimat of Astana")
                .containsEntry("registered_on", D).containsEntry("due_date", DUE).doesNotContainKey("outcome"));
        assertThat(tables.only("citizen_deadline", "deadline_id", ID + ":REVIEW"))
                .containsEntry("timer", "REVIEW").containsEntry("due_date", DUE).containsEntry("closed_on", null);
    }

    @Test
    @DisplayName("the citizen's row carries no one's contacts or names: only where the appeal is")
    void noPersonalData() {
        assertThat(seen(application()).keySet()).doesNotContain("id_number", "applicant_name", "applicant_phone",
                "applicant_email", "applicant_postal_address", "executor_id");
    }

    @Test
    @DisplayName("a collective appeal: the representative and each member see it, a person named twice once")
    void collectiveAppeal() {
        Party member = new Party(Party.PartyType.INDIVIDUAL, "850505400321", null, "Dana", null, null, null, null);
        Party representativeAsMember = new Party(Party.PartyType.INDIVIDUAL, IIN, null, "Aigerim Nurlanovna", null,
                null, null, null);
        List<AppealEvent> events = new ArrayList<>(application().events());
        events.set(0, new AppealFiled(ID, AppealKind.APPLICATION, APPLICANT, List.of(member, representativeAsMember),
                AKIMAT, "a road", AppealForm.ELECTRONIC, Channel.E_OTINISH, Instant.parse("2026-03-02T04:00:00Z")));
        InMemoryTables tables = tables(History.of(events.toArray(AppealEvent[]::new)));

        assertThat(tables.rows("citizen_party")).extracting(r -> r.get("id_number")).containsOnly(IIN,
                "850505400321");
        assertThat(role(tables, "850505400321")).isEqualTo("MEMBER");
        assertThat(role(tables, IIN)).as("the first of REPRESENTATIVE and MEMBER by name, as the list showed it")
                .isEqualTo("MEMBER");
    }


    @Test
    @DisplayName("issue 12: a member who joins a collective appeal sees it from then on")
    void memberJoined() {
        Party joining = new Party(Party.PartyType.INDIVIDUAL, "850505400321", null, "Dana", null, null, null, null);
        InMemoryTables tables = tables(inReview().then(new MemberJoined(ID, joining, D.plusDays(3),
                "APPC art. 64")));
        assertThat(role(tables, "850505400321")).isEqualTo("MEMBER");
        assertThat(role(tables, IIN)).isEqualTo("APPLICANT");
    }

    @Test
    @DisplayName("art. 65: after a redirect every party sees the competent body's name")
    void redirected() {
        assertThat(seen(inReview().then(new AppealRedirected(ID, AKIMAT, new Addressee("ministry", "Ministry"),
                "competence", D, D.plusDays(1), null, false, "APPC art. 65"))))
                .containsEntry("state", "REDIRECTED").containsEntry("body_name", "Ministry");
    }

    @Test
    @DisplayName("issue 11, art. 91(4): the complainant sees the review body holding the complaint")
    void forwardedComplaint() {
        assertThat(seen(forwarded())).containsEntry("kind", "COMPLAINT").containsEntry("state", "AT_REVIEW_BODY")
                .containsEntry("body_name", "Akimat of the region");
    }

    @Test
    @DisplayName("art. 76(3): after an extension the citizen sees the new due date, the next deadline moved too")
    void extended() {
        LocalDate extended = LocalDate.of(2026, 4, 30);
        InMemoryTables tables = tables(inReview().extendedTo(extended, LocalDate.of(2026, 3, 17)).then(
                new DeadlineClosed(ID, ID + ":EXTENSION_NOTICE", "EXTENSION_NOTICE", LocalDate.of(2026, 3, 17),
                        LocalDate.of(2026, 3, 13), true, "notified", "APPC art. 76(3)")));
        assertThat(tables.only("citizen_appeal", "appeal_id", ID)).containsEntry("due_date", extended);
        assertThat(tables.only("citizen_deadline", "deadline_id", ID + ":REVIEW")).containsEntry("due_date", extended)
                .containsEntry("closed_on", null);
        assertThat(tables.only("citizen_deadline", "deadline_id", ID + ":EXTENSION_NOTICE"))
                .containsEntry("closed_on", LocalDate.of(2026, 3, 13));
    }

    @Test
    @DisplayName("issue 11, arts. 91(2), 100(5), 136(6): after a deemed refusal the citizen sees the window it opens")
    void deemedRefusalShowsTheWindow() {
        assertThat(seen(inReview().then(new DeemedRefusalOccurred(ID, ID + ":REVIEW", DUE, "COMPLAINT",
                COMPLAINT_WINDOW, "APPC art. 91(2)"))))
                .containsEntry("state", "DEEMED_REFUSED").containsEntry("outcome", "DEEMED_REFUSAL")
                .containsEntry("decided_on", DUE).containsEntry("route_opens", "COMPLAINT")
                .containsEntry("route_open_until", LocalDate.of(2026, 6, 30)).containsEntry("route_period", "3 months")
                .containsEntry("route_legal_basis", "APPC art. 91(2)");

        assertThat(seen(forwarded().then(new DeemedRefusalOccurred(ID, ID + ":REVIEW", DUE, "COURT", COURT_WINDOW,
                "APPC art. 100(5), 136(6)"))))
                .containsEntry("route_opens", "COURT").containsEntry("route_open_until", LocalDate.of(2026, 4, 30));
    }

    @Test
    @DisplayName("art. 80(5): an act naming the complaint body and period shows that route, without a date yet")
    void actNamesTheRoute() {
        assertThat(seen(inReview().then(new AdministrativeActIssued(ID, "act-1", "A-1", ActNature.BURDENSOME,
                ActOutcome.REFUSED, "refused", LocalDate.of(2026, 3, 12), "head-1", "akimat",
                new ComplaintRoute("oblast", "Akimat of the region", null, "3 months", "in writing"), false,
                "APPC art. 77, 80(5)"))))
                .containsEntry("state", "DECIDED").containsEntry("outcome", "REFUSED")
                .containsEntry("decided_on", LocalDate.of(2026, 3, 12)).containsEntry("route_opens", "COMPLAINT")
                .containsEntry("route_open_until", null).containsEntry("route_period", "3 months")
                .containsEntry("route_body_name", "Akimat of the region");
    }
}
