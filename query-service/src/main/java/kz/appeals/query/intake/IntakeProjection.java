package kz.appeals.query.intake;

import java.sql.Date;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;

import kz.appeals.events.AdministrativeActIssued;
import kz.appeals.events.AnonymousAppealRecorded;
import kz.appeals.events.AppealDefectsFound;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.EnvelopeCodec;
import kz.appeals.events.EventEnvelope;
import kz.appeals.events.Language;
import kz.appeals.events.SimplifiedAnswerGiven;
import kz.appeals.query.projection.Projection;

/**
 * The intake read model ({@code appeal_intake}, issue 12): the appeal's language and its act's or answer's (APPC
 * arts. 22, 89(2)), whether it is anonymous (art. 64(7-2)) and the defects recorded when it was registered (arts. 63,
 * 64(1), 64(6), 88(1)(2)), so the registrar sees what to ask the applicant for.
 */
@Component
public class IntakeProjection implements Projection {

    private final JdbcTemplate jdbc;
    private final EnvelopeCodec codec;

    public IntakeProjection(JdbcTemplate jdbc, EnvelopeCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    @Override
    public String name() {
        return "appeal-intake";
    }

    @Override
    public List<String> tables() {
        return List.of("appeal_intake");
    }

    @Override
    public void apply(EventEnvelope envelope, Object payload) {
        if (payload instanceof AppealFiled e) {
            jdbc.update("INSERT INTO appeal_intake (appeal_id, language) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    e.appealId(), e.language() == null ? null : e.language().name());
        } else if (payload instanceof AnonymousAppealRecorded e) {
            jdbc.update("UPDATE appeal_intake SET anonymous = TRUE, reports_crime_or_threat = ?, legal_basis = ? "
                    + "WHERE appeal_id = ?", e.reportsCrimeOrThreat(), e.legalBasis(), e.appealId());
        } else if (payload instanceof AdministrativeActIssued e && e.language() != null) {
            answerLanguage(e.appealId(), e.language());
        } else if (payload instanceof SimplifiedAnswerGiven e && e.language() != null) {
            answerLanguage(e.appealId(), e.language());
        } else if (payload instanceof AppealDefectsFound e) {
            jdbc.update("UPDATE appeal_intake SET defects = CAST(? AS JSONB), simplified_procedure = ?, "
                    + "defects_found_on = ?, legal_basis = ? WHERE appeal_id = ?", json(e.defects()),
                    e.simplifiedProcedure(), Date.valueOf(e.foundOn()), e.legalBasis(), e.appealId());
        }
    }

    private void answerLanguage(String appealId, Language language) {
        jdbc.update("UPDATE appeal_intake SET answer_language = ? WHERE appeal_id = ?", language.name(), appealId);
    }

    private String json(Object value) {
        try {
            return codec.mapper().writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
