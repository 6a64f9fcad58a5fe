package kz.appeals.query.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import kz.appeals.clock.ExplanationStep;
import kz.appeals.messaging.EnvelopeCodec;

/**
 * Issue 13 item 6: the explanation is stored once as ready JSON (what the fold's row writer makes of the event's steps)
 * and a detail writes those bytes as they are; the response is the same JSON the API gave when it parsed and
 * serialized the steps on every request.
 */
class ExplanationJsonTest {

    /** The API's mapper as Spring Boot builds it with this service's settings (dates as ISO text). */
    private final ObjectMapper web = Jackson2ObjectMapperBuilder.json()
            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final List<ExplanationStep> steps = List.of(
            new ExplanationStep(LocalDate.of(2026, 3, 16), "REGISTERED", "Тіркелді, received on a Saturday"),
            new ExplanationStep(LocalDate.of(2026, 3, 23), "HOLIDAY", "Nauryz \"мейрамы\" — not counted"),
            new ExplanationStep(LocalDate.of(2026, 4, 9), "DUE", null));

    /** What JdbcReadModelTables stores in the explanation column for the fold's value (the event's steps). */
    private String stored() throws Exception {
        return new EnvelopeCodec().mapper().writeValueAsString(steps);
    }

    @Test
    void aDetailAnswersTheStoredBytesWhichAreWhatSerializingTheStepsGave() throws Exception {
        String before = web.writeValueAsString(steps);

        assertThat(web.writeValueAsString(ExplanationJson.of(stored()))).isEqualTo(before);
    }

    @Test
    void aDeadlineInFullCarriesTheExplanationAndASummaryHasNone() throws Exception {
        DeadlineView full = view(ExplanationJson.of(stored()));
        DeadlineView summary = view(null);

        JsonNode fullJson = web.readTree(web.writeValueAsString(full));
        assertThat(fullJson.get("explanation")).isEqualTo(web.readTree(web.writeValueAsString(steps)));
        JsonNode summaryJson = web.readTree(web.writeValueAsString(summary));
        assertThat(summaryJson.get("explanation").isNull()).isTrue();
        assertThat(summaryJson.get("dueDate").asText()).isEqualTo("2026-04-09");
    }

    @Test
    void noStoredExplanationAnswersAnEmptyArrayAsBefore() throws Exception {
        assertThat(web.writeValueAsString(ExplanationJson.of(null))).isEqualTo("[]");
        assertThat(ExplanationJson.of(null).steps()).isEmpty();
    }

    @Test
    void thePageParsesTheStepsItRenders() throws Exception {
        assertThat(ExplanationJson.of(stored()).steps()).isEqualTo(steps);
    }

    private static DeadlineView view(ExplanationJson explanation) {
        return new DeadlineView("id-1:REVIEW", "REVIEW", "RUNNING", LocalDate.of(2026, 3, 17),
                LocalDate.of(2026, 4, 9), 5, "15 working days", "APPC art. 76(1)", "appc@2025-12-28", "kz-2026@1",
                null, null, null, null, explanation);
    }
}
