package kz.appeals.query.intake;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.appeals.query.intake.IntakeController.IntakeView;

/** The intake read model's read of {@code appeal_intake}: one row per appeal. */
@Component
class IntakeQueries {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    IntakeQueries(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    Optional<IntakeView> intake(String appealId) {
        return jdbc.query("SELECT * FROM appeal_intake WHERE appeal_id = ?", (rs, i) -> new IntakeView(
                rs.getString("appeal_id"), rs.getString("language"), rs.getString("answer_language"),
                rs.getBoolean("anonymous"), rs.getBoolean("reports_crime_or_threat"), strings(rs.getString("defects")),
                rs.getBoolean("simplified_procedure"),
                rs.getDate("defects_found_on") == null ? null : rs.getDate("defects_found_on").toLocalDate(),
                rs.getString("legal_basis")), appealId).stream().findFirst();
    }

    private List<String> strings(String json) {
        try {
            return mapper.readValue(json, STRINGS);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
