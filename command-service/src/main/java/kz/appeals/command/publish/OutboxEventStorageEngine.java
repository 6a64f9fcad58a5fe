package kz.appeals.command.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import kz.appeals.command.observability.TraceContextMetaData;

/**
 * Axon's JDBC event store with its append replaced (issue 13, docs/decisions.md): all events of a unit of work go into
 * {@code domainevententry} in one multi-row INSERT that returns the chain hashes the V6 trigger computed, and their
 * sealed Kafka envelopes go into {@code event_outbox} in a second statement of the same transaction: two round trips
 * per command instead of one per event plus a read-back per event at publishing. Each payload is serialised once, by
 * Axon's Jackson serializer; those bytes are the stored payload and the envelope's payload. Reading (aggregates,
 * tracking processors) is Axon's, unchanged.
 */
public class OutboxEventStorageEngine extends JdbcEventStorageEngine {

    private static final String COLUMNS = "eventidentifier, aggregateidentifier, sequencenumber, type, timestamp, "
            + "payloadtype, payloadrevision, payload, metadata";

    private static final int MAX_ROWS_PER_STATEMENT = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final StoredEnvelopes envelopes;
    private final OutboxSignal signal;

    public OutboxEventStorageEngine(JdbcEventStorageEngine.Builder builder, JdbcTemplate jdbc,
                                    TransactionTemplate transaction, StoredEnvelopes envelopes, OutboxSignal signal) {
        super(builder);
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.envelopes = envelopes;
        this.signal = signal;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        List<DomainEventMessage<?>> domainEvents = new ArrayList<>(events.size());
        List<Object> values = new ArrayList<>(events.size() * 9);
        List<byte[]> payloads = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            DomainEventMessage<?> domainEvent = EventUtils.asDomainEventMessage(event);
            SerializedObject<byte[]> payload = domainEvent.serializePayload(serializer, byte[].class);
            SerializedObject<byte[]> metaData = domainEvent.serializeMetaData(serializer, byte[].class);
            domainEvents.add(domainEvent);
            payloads.add(payload.getData());
            values.add(domainEvent.getIdentifier());
            values.add(domainEvent.getAggregateIdentifier());
            values.add(domainEvent.getSequenceNumber());
            values.add(domainEvent.getType());
            values.add(DateTimeUtils.formatInstant(domainEvent.getTimestamp()));
            values.add(payload.getType().getName());
            values.add(payload.getType().getRevision());
            values.add(payload.getData());
            values.add(metaData.getData());
        }
        try {
            // PostgreSQL takes at most 32,767 parameters per statement: a (rare) very large unit of work in chunks
            transaction.executeWithoutResult(status -> {
                for (int from = 0; from < domainEvents.size(); from += MAX_ROWS_PER_STATEMENT) {
                    int to = Math.min(domainEvents.size(), from + MAX_ROWS_PER_STATEMENT);
                    append(domainEvents.subList(from, to), payloads.subList(from, to),
                            values.subList(from * 9, to * 9));
                }
            });
        } catch (DataAccessException e) {
            handlePersistenceException(e, events.get(0));
        }
    }

    private void append(List<DomainEventMessage<?>> events, List<byte[]> payloads, List<Object> values) {
        String rows = String.join(", ", java.util.Collections.nCopies(events.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        Map<String, Object[]> stored = new HashMap<>();
        jdbc.query("INSERT INTO domainevententry (" + COLUMNS + ") VALUES " + rows
                        + " RETURNING eventidentifier, globalindex, event_hash, previous_hash",
                rs -> {
                    stored.put(rs.getString(1), new Object[] {rs.getLong(2), rs.getBytes(3), rs.getBytes(4)});
                }, values.toArray());
        List<Object[]> outbox = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            DomainEventMessage<?> event = events.get(i);
            if (event.getType() == null) {
                continue; // not an aggregate's event: nothing of this service publishes it
            }
            Object[] row = stored.get(event.getIdentifier());
            MetaData metaData = event.getMetaData();
            outbox.add(new Object[] {row[0], event.getAggregateIdentifier(),
                    envelopes.envelope(event, payloads.get(i), (byte[]) row[1], (byte[]) row[2]),
                    metaData.get(TraceContextMetaData.TRACEPARENT), metaData.get(TraceContextMetaData.TRACESTATE)});
        }
        if (!outbox.isEmpty()) {
            jdbc.update("INSERT INTO event_outbox (globalindex, appeal_id, envelope, traceparent, tracestate) VALUES "
                            + String.join(", ", java.util.Collections.nCopies(outbox.size(), "(?, ?, ?, ?, ?)")),
                    outbox.stream().flatMap(java.util.Arrays::stream).toArray());
            wakeTheRelayAfterCommit();
        }
    }

    private void wakeTheRelayAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.eventsCommitted();
                }
            });
        } else if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(u -> signal.eventsCommitted());
        } else {
            signal.eventsCommitted();
        }
    }
}
