package kz.appeals.query.projection;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;

import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.EnvelopeCodec;
import kz.appeals.events.EventEnvelope;

/**
 * Projects events into {@code appeal_view}. Runs inside the consumer's transaction; an event whose sequence is not
 * newer than the appeal's {@code last_sequence} is a duplicate or stale redelivery and is ignored.
 */
@Component
public class AppealProjection implements Projection {

    private final JdbcTemplate jdbc;
    private final EnvelopeCodec codec;

    public AppealProjection(JdbcTemplate jdbc, EnvelopeCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    @Override
    public String name() {
        return "appeal-view";
    }

    @Override
    public List<String> tables() {
        return List.of("appeal_view");
    }

    @Override
    public void apply(EventEnvelope envelope, Object payload) {
        if (payload instanceof AppealFiled filed) {
            filed(filed, envelope);
        } else if (!alreadyApplied(envelope) && payload instanceof AppealRegistered registered) {
            registered(registered, envelope);
        }
    }

    private boolean alreadyApplied(EventEnvelope envelope) {
        List<Long> last = jdbc.queryForList("SELECT last_sequence FROM appeal_view WHERE appeal_id = ?", Long.class,
                envelope.appealId());
        if (last.isEmpty()) {
            throw new IllegalStateException("Event " + envelope.eventId() + " (" + envelope.type() + ", sequence "
                    + envelope.sequence() + ") arrived for appeal " + envelope.appealId()
                    + " before the appeal was filed");
        }
        return last.get(0) >= envelope.sequence();
    }

    private boolean filed(AppealFiled e, EventEnvelope envelope) {
        return jdbc.update("""
                INSERT INTO appeal_view (appeal_id, kind, state, body_id, body_name, applicant_type,
                    applicant_id_number, applicant_name, collective, member_count, form, channel, received_at,
                    last_sequence, updated_at)
                VALUES (?, ?, 'FILED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (appeal_id) DO NOTHING""",
                e.appealId(), e.kind().name(), e.addressee().bodyId(), e.addressee().name(),
                e.applicant().type().name(), e.applicant().identificationNumber(), displayName(e),
                e.collective(), e.members().size(), e.form().name(), e.channel().name(),
                Timestamp.from(e.receivedAt()), envelope.sequence(), Timestamp.from(envelope.occurredAt())) == 1;
    }

    private boolean registered(AppealRegistered e, EventEnvelope envelope) {
        return jdbc.update("""
                UPDATE appeal_view SET state = 'REGISTERED', registration_number = ?, registered_on = ?,
                    review_starts_on = ?, due_date = ?, period = ?, legal_basis = ?, rule_set_version = ?,
                    calendar_version = ?, explanation = ?, last_sequence = ?, updated_at = ?
                WHERE appeal_id = ? AND last_sequence < ?""",
                e.registrationNumber(), Date.valueOf(e.registeredOn()), Date.valueOf(e.reviewStartsOn()),
                Date.valueOf(e.dueDate()), e.period(), e.legalBasis(), e.ruleSetVersion(), e.calendarVersion(),
                json(e.explanation()), envelope.sequence(), Timestamp.from(occurred(envelope)), e.appealId(),
                envelope.sequence()) == 1;
    }

    private static Instant occurred(EventEnvelope envelope) {
        return envelope.occurredAt() == null ? Instant.now() : envelope.occurredAt();
    }

    private static String displayName(AppealFiled e) {
        return e.applicant().fullName() != null ? e.applicant().fullName() : e.applicant().organisationName();
    }

    private String json(Object value) {
        try {
            return codec.mapper().writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
