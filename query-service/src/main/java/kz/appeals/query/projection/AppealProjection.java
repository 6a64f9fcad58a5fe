package kz.appeals.query.projection;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;

import kz.appeals.events.ActExecutionSuspended;
import kz.appeals.events.AdministrativeActIssued;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealRedirected;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.ComplaintFiled;
import kz.appeals.events.ComplaintForwarded;
import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineMissed;
import kz.appeals.events.DeadlineMoved;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.DeadlineWarningIssued;
import kz.appeals.events.DeemedRefusalOccurred;
import kz.appeals.events.DeliveryRecorded;
import kz.appeals.events.EnvelopeCodec;
import kz.appeals.events.EventEnvelope;
import kz.appeals.events.ExecutorAssigned;
import kz.appeals.events.MemberJoined;
import kz.appeals.events.Party;
import kz.appeals.events.ReviewPeriodExtended;

/**
 * The appeal detail read model: the appeal's current state, body, executor and review due date
 * ({@code appeal_view}), every deadline it has had ({@code appeal_deadline}), every delivery ({@code appeal_delivery}),
 * who may see it ({@code appeal_party}) and its extensions ({@code appeal_extension}).
 */
@Component
public class AppealProjection implements Projection {

    static final String REVIEW = "REVIEW";

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
        return List.of("appeal_view", "appeal_deadline", "appeal_delivery", "appeal_party", "appeal_extension");
    }

    @Override
    public void apply(EventEnvelope envelope, Object payload) {
        if (payload instanceof AppealFiled filed) {
            filed(filed, envelope);
            return;
        }
        String state = currentState(envelope);
        if (payload instanceof AppealRegistered e) {
            registered(e);
        } else if (payload instanceof DeadlineScheduled e) {
            scheduled(e);
        } else if (payload instanceof DeadlineMoved e) {
            moved(e);
        } else if (payload instanceof DeadlineWarningIssued e) {
            jdbc.update("UPDATE appeal_deadline SET last_warning_on = ? WHERE deadline_id = ?", date(e.warnedOn()),
                    e.deadlineId());
        } else if (payload instanceof DeadlineMissed e) {
            jdbc.update("UPDATE appeal_deadline SET missed_on = ? WHERE deadline_id = ?", date(e.missedOn()),
                    e.deadlineId());
        } else if (payload instanceof DeadlineClosed e) {
            jdbc.update("UPDATE appeal_deadline SET closed_on = ?, met = ?, closed_reason = ? WHERE deadline_id = ?",
                    date(e.closedOn()), e.met(), e.reason(), e.deadlineId());
        } else if (payload instanceof ExecutorAssigned e) {
            jdbc.update("UPDATE appeal_view SET executor_id = ?, co_executors = ? WHERE appeal_id = ?",
                    e.executorId(), String.join(",", e.coExecutors()), e.appealId());
        } else if (payload instanceof ReviewPeriodExtended e) {
            extended(e, envelope);
        } else if (payload instanceof AppealRedirected e) {
            jdbc.update("UPDATE appeal_view SET body_id = ?, body_name = ?, executor_id = NULL, co_executors = NULL "
                    + "WHERE appeal_id = ?", e.to().bodyId(), e.to().name(), e.appealId());
        } else if (payload instanceof ActExecutionSuspended e) {
            jdbc.update("UPDATE appeal_view SET execution_suspended = TRUE WHERE appeal_id = ?", e.appealId());
        } else if (payload instanceof ComplaintFiled e) {
            jdbc.update("UPDATE appeal_view SET challenged_appeal_id = ? WHERE appeal_id = ?",
                    e.challengedAppealId(), e.appealId());
        } else if (payload instanceof ComplaintForwarded e) {
            // the review body is the complaint reviewer's scope (art. 91(4)); the challenged body still holds it
            jdbc.update("UPDATE appeal_view SET review_body_id = ? WHERE appeal_id = ?", e.reviewBody().bodyId(),
                    e.appealId());
        } else if (payload instanceof MemberJoined e) {
            // art. 22(1): the person who joined sees the appeal in the citizen portal like any member
            jdbc.update("UPDATE appeal_view SET member_count = member_count + 1, collective = TRUE WHERE appeal_id = ?",
                    e.appealId());
            party(e.appealId(), e.member(), "MEMBER");
        } else if (payload instanceof DeliveryRecorded e) {
            delivered(e, envelope);
        } else if (payload instanceof DeemedRefusalOccurred e) {
            jdbc.update("UPDATE appeal_view SET route_opens = ?, route_open_until = ?, route_period = ?, "
                    + "route_body_name = NULL, route_legal_basis = ? WHERE appeal_id = ?", e.opens(),
                    e.routeOpenUntil() == null ? null : date(e.routeOpenUntil().date()),
                    e.routeOpenUntil() == null ? null : e.routeOpenUntil().period(), e.legalBasis(), e.appealId());
        } else if (payload instanceof AdministrativeActIssued e && e.route() != null && e.route().stated()) {
            jdbc.update("UPDATE appeal_view SET route_opens = ?, route_open_until = NULL, route_period = ?, "
                    + "route_body_name = ?, route_legal_basis = ? WHERE appeal_id = ?",
                    e.route().bodyId() != null ? "COMPLAINT" : "COURT", e.route().period(),
                    e.route().bodyId() != null ? e.route().bodyName() : e.route().court(), e.legalBasis(),
                    e.appealId());
        }
        Decisions.of(payload).ifPresent(d -> jdbc.update(
                "UPDATE appeal_view SET outcome = ?, decided_on = ? WHERE appeal_id = ?", d.outcome(),
                date(d.decidedOn()), envelope.appealId()));
        jdbc.update("UPDATE appeal_view SET state = ?, last_sequence = GREATEST(last_sequence, ?), updated_at = ? "
                        + "WHERE appeal_id = ?", ReadSideStates.after(payload, state), envelope.sequence(),
                Timestamp.from(envelope.occurredAt()), envelope.appealId());
    }

    /** The appeal's state; an event for an appeal never filed is an error (the event is parked, not lost). */
    private String currentState(EventEnvelope envelope) {
        List<String> state = jdbc.queryForList("SELECT state FROM appeal_view WHERE appeal_id = ?", String.class,
                envelope.appealId());
        if (state.isEmpty()) {
            throw new IllegalStateException("Event " + envelope.eventId() + " (" + envelope.type() + ", sequence "
                    + envelope.sequence() + ") arrived for appeal " + envelope.appealId()
                    + " before the appeal was filed");
        }
        return state.get(0);
    }

    private void filed(AppealFiled e, EventEnvelope envelope) {
        int inserted = jdbc.update("""
                INSERT INTO appeal_view (appeal_id, kind, state, body_id, body_name, applicant_type,
                    applicant_id_number, applicant_name, collective, member_count, form, channel, received_at,
                    parent_appeal_id, last_sequence, updated_at, applicant_postal_address, applicant_phone,
                    applicant_email)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (appeal_id) DO NOTHING""",
                e.appealId(), e.kind().name(), ReadSideStates.after(e, ReadSideStates.NOT_YET_FILED),
                e.addressee().bodyId(), e.addressee().name(), e.applicant().type().name(),
                e.applicant().identificationNumber(), displayName(e.applicant()), e.collective(), e.members().size(),
                e.form().name(), e.channel().name(), Timestamp.from(e.receivedAt()), e.parentAppealId(),
                envelope.sequence(), Timestamp.from(envelope.occurredAt()), e.applicant().postalAddress(),
                e.applicant().phone(), e.applicant().email());
        if (inserted == 0) {
            return;
        }
        party(e.appealId(), e.applicant(), e.collective() ? "REPRESENTATIVE" : "APPLICANT");
        for (Party member : e.members()) {
            party(e.appealId(), member, "MEMBER");
        }
    }

    private void party(String appealId, Party party, String role) {
        if (party.identificationNumber() != null) {
            jdbc.update("INSERT INTO appeal_party (appeal_id, id_number, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    appealId, party.identificationNumber(), role);
        }
    }

    private void registered(AppealRegistered e) {
        jdbc.update("""
                UPDATE appeal_view SET registration_number = ?, registered_on = ?, review_starts_on = ?, due_date = ?,
                    period = ?, legal_basis = ?, rule_set_version = ?, calendar_version = ?, explanation = ?
                WHERE appeal_id = ?""",
                e.registrationNumber(), date(e.registeredOn()), date(e.reviewStartsOn()), date(e.dueDate()),
                e.period(), e.legalBasis(), e.ruleSetVersion(), e.calendarVersion(), json(e.explanation()),
                e.appealId());
    }

    private void scheduled(DeadlineScheduled e) {
        jdbc.update("""
                INSERT INTO appeal_deadline (deadline_id, appeal_id, timer, starts_on, due_date, period, legal_basis,
                    rule_set_version, calendar_version, explanation)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (deadline_id) DO UPDATE SET starts_on = EXCLUDED.starts_on, due_date = EXCLUDED.due_date,
                    period = EXCLUDED.period, legal_basis = EXCLUDED.legal_basis,
                    rule_set_version = EXCLUDED.rule_set_version, calendar_version = EXCLUDED.calendar_version,
                    explanation = EXCLUDED.explanation, missed_on = NULL, last_warning_on = NULL, closed_on = NULL,
                    met = NULL, closed_reason = NULL""",
                e.deadlineId(), e.appealId(), e.timer(), date(e.startsOn()), date(e.dueDate()), e.period(),
                e.legalBasis(), e.ruleSetVersion(), e.calendarVersion(), json(e.explanation()));
        if (REVIEW.equals(e.timer())) {
            jdbc.update("""
                    UPDATE appeal_view SET review_starts_on = ?, due_date = ?, period = ?, legal_basis = ?,
                        rule_set_version = ?, calendar_version = ?, explanation = ?
                    WHERE appeal_id = ?""", date(e.startsOn()), date(e.dueDate()), e.period(), e.legalBasis(),
                    e.ruleSetVersion(), e.calendarVersion(), json(e.explanation()), e.appealId());
        }
    }

    private void moved(DeadlineMoved e) {
        jdbc.update("""
                UPDATE appeal_deadline SET due_date = ?, rule_set_version = ?, calendar_version = ?, explanation = ?
                WHERE deadline_id = ?""", date(e.to()), e.ruleSetVersion(), e.calendarVersion(),
                json(e.explanation()), e.deadlineId());
        if (REVIEW.equals(e.timer())) {
            jdbc.update("UPDATE appeal_view SET due_date = ?, calendar_version = ?, explanation = ? "
                    + "WHERE appeal_id = ?", date(e.to()), e.calendarVersion(), json(e.explanation()), e.appealId());
        }
    }

    private void extended(ReviewPeriodExtended e, EventEnvelope envelope) {
        jdbc.update("""
                UPDATE appeal_view SET extension_count = extension_count + 1, due_date = ?, rule_set_version = ?,
                    calendar_version = ?, explanation = ?
                WHERE appeal_id = ?""", date(e.newDueDate()), e.ruleSetVersion(), e.calendarVersion(),
                json(e.explanation()), e.appealId());
        jdbc.update("""
                INSERT INTO appeal_extension (event_id, appeal_id, body_id, decided_on, decided_by, position,
                    new_due_date)
                SELECT ?, appeal_id, body_id, ?, ?, ?, ? FROM appeal_view WHERE appeal_id = ?
                ON CONFLICT DO NOTHING""", envelope.eventId().toString(),
                date(e.decidedOn()), e.decidedBy(), e.decidedByPosition(), date(e.newDueDate()), e.appealId());
    }

    private void delivered(DeliveryRecorded e, EventEnvelope envelope) {
        jdbc.update("""
                INSERT INTO appeal_delivery (event_id, appeal_id, document, document_ref, recipient_id,
                    recipient_name, representative, channel, delivered_at, proof)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", envelope.eventId().toString(), e.appealId(), e.document().name(),
                e.documentRef(), e.recipientId(), e.recipientName(), e.representative(), e.channel().name(),
                Timestamp.from(e.deliveredAt()), e.proof());
    }

    static String displayName(Party party) {
        return party.fullName() != null ? party.fullName() : party.organisationName();
    }

    static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private String json(Object value) {
        try {
            return codec.mapper().writeValueAsString(value);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
