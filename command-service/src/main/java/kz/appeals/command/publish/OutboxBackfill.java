package kz.appeals.command.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Upgrade from the read-back publisher (before migration V40): events its tracking token had not yet passed are put
 * into the outbox once, sealed as they would have been, and the old token is removed. Runs before the relay starts,
 * under the relay's lock, so two instances starting together do it once; a repeat of an event already published is
 * dropped by consumers (eventId, per-appeal sequence).
 */
@Component
class OutboxBackfill {

    static final String OLD_PROCESSOR = "kafka-publisher";
    private static final Logger log = LoggerFactory.getLogger(OutboxBackfill.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final StoredEnvelopes envelopes;
    private final Serializer serializer;
    private final ObjectMapper json = new ObjectMapper();

    OutboxBackfill(JdbcTemplate jdbc, TransactionTemplate transaction, StoredEnvelopes envelopes,
                   @Qualifier("eventSerializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.envelopes = envelopes;
        this.serializer = serializer;
    }

    void fromTheReadBackPublisher() {
        transaction.executeWithoutResult(status -> {
            jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> { }, KafkaEventPublisher.RELAY_LOCK);
            List<byte[]> tokens = jdbc.queryForList("SELECT token FROM tokenentry WHERE processorname = ?",
                    byte[].class, OLD_PROCESSOR);
            if (tokens.isEmpty()) {
                return;
            }
            long position = Long.MAX_VALUE;
            List<Long> gaps = new ArrayList<>();
            for (byte[] token : tokens) {
                JsonNode node = tokenNode(token);
                position = Math.min(position, node.path("index").asLong(-1));
                node.path("gaps").forEach(gap -> gaps.add(gap.asLong()));
            }
            long after = position;
            int[] count = {0};
            jdbc.query(connection -> {
                var select = connection.prepareStatement("""
                        SELECT globalindex, eventidentifier, aggregateidentifier, sequencenumber, timestamp,
                               payloadtype, payload, metadata, event_hash, previous_hash
                        FROM domainevententry WHERE (globalindex > ? OR globalindex = ANY(?)) AND type IS NOT NULL
                        ORDER BY globalindex""");
                select.setLong(1, after);
                select.setArray(2, connection.createArrayOf("bigint", gaps.toArray(Long[]::new)));
                return select;
            }, rs -> {
                MetaData metaData = serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes(8), byte[].class,
                        MetaData.class.getName(), null));
                byte[] envelope;
                try {
                    envelope = envelopes.envelope(rs.getString(2), Class.forName(rs.getString(6)), rs.getString(3),
                            rs.getLong(4), DateTimeUtils.parseInstant(rs.getString(5)), metaData, rs.getBytes(7),
                            rs.getBytes(9), rs.getBytes(10));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("Stored event of unknown type " + rs.getString(6), e);
                }
                jdbc.update("""
                        INSERT INTO event_outbox (globalindex, appeal_id, envelope, traceparent, tracestate)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", rs.getLong(1), rs.getString(3), envelope,
                        metaData.get("traceparent"), metaData.get("tracestate"));
                count[0]++;
            });
            jdbc.update("DELETE FROM tokenentry WHERE processorname = ?", OLD_PROCESSOR);
            log.info("outbox: {} events the read-back publisher had not yet sent are queued for the relay", count[0]);
        });
    }

    /** The token's GapAwareTrackingToken (Jackson), unwrapped from a ReplayToken; an absent token is index -1. */
    private JsonNode tokenNode(byte[] token) {
        if (token == null) {
            return json.createObjectNode().put("index", -1);
        }
        try {
            JsonNode node = json.readTree(new String(token, StandardCharsets.UTF_8));
            for (String wrapper : List.of("currentToken", "tokenAtReset")) {
                if (node.has(wrapper) && !node.get(wrapper).isNull()) {
                    return node.get(wrapper);
                }
            }
            return node;
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable token of the read-back publisher", e);
        }
    }
}
