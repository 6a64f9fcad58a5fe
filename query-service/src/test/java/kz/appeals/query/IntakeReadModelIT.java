package kz.appeals.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kz.appeals.clock.AppealKind;
import kz.appeals.events.Actor;
import kz.appeals.events.Addressee;
import kz.appeals.events.AnonymousAppealRecorded;
import kz.appeals.events.AppealDefectsFound;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealForm;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.Channel;
import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.events.Language;
import kz.appeals.events.MemberJoined;
import kz.appeals.events.Party;

/**
 * Issue 12 on the read side: an appeal accepted with defects and in Kazakh, which a resident then joins (APPC arts.
 * 22(1), 64(1), 64(6), 89(2)), and an anonymous appeal recorded and not considered (art. 64(7-2)).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeReadModelIT {

    static final String TOPIC = "appeals.events." + UUID.randomUUID();
    static final String BODY = "akimat-y";
    static final String APPLICANT = "900101300017";
    static final String RESIDENT = "870612400201";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        QueryServiceInfrastructure.register(registry, TOPIC);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    final Actor registrar = Api.actor(new EnvelopeCodec(), "registrar-1", "REGISTRAR", BODY);
    final String defective = UUID.randomUUID().toString();
    final String anonymous = UUID.randomUUID().toString();

    static AppealRegistered registered(String id, String number) {
        LocalDate on = LocalDate.of(2026, 3, 17);
        return new AppealRegistered(id, number, Instant.parse("2026-03-17T05:00:00Z"), "automatic registration", on,
                "working day", on.plusDays(1), LocalDate.of(2026, 4, 10), "15 working days", "APPC art. 76(1)", true,
                "appc-2025-12", "kz-2026", List.of());
    }

    @BeforeAll
    void publishHistory() throws Exception {
        Addressee body = new Addressee(BODY, "Akimat Y");
        Party noAddress = new Party(Party.PartyType.INDIVIDUAL, APPLICANT, null, "Aigerim Sadykova", null, null, null,
                null);
        Party resident = new Party(Party.PartyType.INDIVIDUAL, RESIDENT, null, "Dana Akhmetova", null,
                "Almaty, Abay ave 10, apt 12", null, null);
        List<Object[]> events = new ArrayList<>();
        events.add(new Object[] {defective, new AppealFiled(defective, AppealKind.APPLICATION, noAddress, List.of(),
                body, "The yard is not lit", AppealForm.PAPER, Channel.POST, Instant.parse("2026-03-17T05:00:00Z"),
                null, Language.KK)});
        events.add(new Object[] {defective, registered(defective, "ЖТ-2026-00000201")});
        events.add(new Object[] {defective, new AppealDefectsFound(defective,
                List.of("applicant.postalAddress: the postal address is missing (APPC art. 63(1))"),
                LocalDate.of(2026, 3, 17), false, "APPC art. 63(1)-(2), 64(1), 64(6)")});
        events.add(new Object[] {defective, new MemberJoined(defective, resident, LocalDate.of(2026, 3, 19),
                "APPC art. 22(1)")});
        events.add(new Object[] {anonymous, new AppealFiled(anonymous, AppealKind.APPLICATION, Party.nobody(),
                List.of(), body, "Someone should fix the road", AppealForm.PAPER, Channel.POST,
                Instant.parse("2026-03-17T05:00:00Z"))});
        events.add(new Object[] {anonymous, registered(anonymous, "ЖТ-2026-00000202")});
        events.add(new Object[] {anonymous, new AnonymousAppealRecorded(anonymous, LocalDate.of(2026, 3, 17), false,
                "APPC art. 64(7-2)")});

        QueryServiceInfrastructure.publish(TOPIC, events, registrar, Instant.parse("2026-03-17T05:00:00Z"), jdbc);
    }

    JsonNode get(String token, String path) {
        return new Api(http).get(token, path, JsonNode.class).getBody();
    }

    String official() {
        return Api.IDP.official("registrar-1", "REGISTRAR", BODY);
    }

    @Test
    void defectsAndLanguageFoundAtIntakeAreShown() {
        JsonNode intake = get(official(), "/api/appeals/" + defective + "/intake");
        assertThat(intake.get("language").asText()).isEqualTo("KK");
        assertThat(intake.get("anonymous").asBoolean()).isFalse();
        assertThat(intake.get("defects")).extracting(JsonNode::asText)
                .containsExactly("applicant.postalAddress: the postal address is missing (APPC art. 63(1))");
        assertThat(intake.get("defectsFoundOn").asText()).isEqualTo("2026-03-17");
        assertThat(intake.get("legalBasis").asText()).contains("64(6)");
        assertThat(get(official(), "/api/appeals/" + defective).get("state").asText()).isEqualTo("REGISTERED");
    }

    @Test
    void personWhoJoinedSeesTheAppealAsAMember() {
        JsonNode mine = get(Api.IDP.citizen(RESIDENT), "/api/citizens/" + RESIDENT + "/appeals");
        assertThat(mine.get("items")).singleElement().satisfies(i -> {
            assertThat(i.get("appealId").asText()).isEqualTo(defective);
            assertThat(i.get("role").asText()).isEqualTo("MEMBER");
        });
    }

    @Test
    void anonymousAppealIsNotConsidered() {
        JsonNode appeal = get(official(), "/api/appeals/" + anonymous);
        assertThat(appeal.get("state").asText()).isEqualTo("NOT_CONSIDERED");
        assertThat(appeal.get("outcome").asText()).isEqualTo("NOT_CONSIDERED");
        assertThat(get(official(), "/api/appeals/" + anonymous + "/intake").get("anonymous").asBoolean()).isTrue();
    }
}
