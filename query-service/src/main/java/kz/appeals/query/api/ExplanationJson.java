package kz.appeals.query.api;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import kz.appeals.clock.ExplanationStep;

/**
 * The statutory-clock explanation of a due date (its steps, day by day) as the ready JSON array the read model's fold
 * stored once ({@code explanation} column, TEXT: the exact bytes, not jsonb, which would reorder the keys). A detail
 * response writes these bytes as they are, without parsing or serializing them per request; only the HTML page, which
 * renders each step, parses them ({@link #steps()}). Lists never read the column (issue 13 item 6).
 */
@JsonSerialize(using = ExplanationJson.Writer.class)
public record ExplanationJson(String json) {

    /** No steps: what a row without an explanation (a deadline carried over without one) answers. */
    public static final ExplanationJson NONE = new ExplanationJson("[]");

    private static final TypeReference<List<ExplanationStep>> STEPS = new TypeReference<>() { };
    private static final ObjectMapper PAGES = new ObjectMapper().registerModule(new JavaTimeModule());

    /** The column's value as stored; {@code null} (no explanation) answers an empty array, as before. */
    public static ExplanationJson of(String stored) {
        return stored == null || stored.isBlank() ? NONE : new ExplanationJson(stored);
    }

    /** The steps, parsed: for the HTML page that renders them one by one. */
    public List<ExplanationStep> steps() {
        try {
            return PAGES.readValue(json, STEPS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable explanation in the read model", e);
        }
    }

    /** Writes the stored array into the response as it is. */
    static final class Writer extends StdSerializer<ExplanationJson> {

        Writer() {
            super(ExplanationJson.class);
        }

        @Override
        public void serialize(ExplanationJson value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeRawValue(value.json());
        }
    }
}
