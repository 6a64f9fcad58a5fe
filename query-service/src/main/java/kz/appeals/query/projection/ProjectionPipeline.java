package kz.appeals.query.projection;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.appeals.events.AppealEvent;
import kz.appeals.messaging.EnvelopeCodec;
import kz.appeals.messaging.EventEnvelope;
import kz.appeals.lifecycle.LifecycleState;
import kz.appeals.query.integrity.EnvelopeIntegrity;
import kz.appeals.query.integrity.StorableText;

/**
 * What happens to one event inside a transaction: read it (a newer schema is refused), journal it once, and let every
 * read model apply it. Live consumption holds a shared advisory lock for its transaction, so that a rebuild's final
 * switch (which takes it exclusively) sees no event slip between its last replayed event and the switch.
 */
@Component
public class ProjectionPipeline {

    static final long SWITCH_LOCK = 0x41505043L; // "APPC"

    private final List<Projection> projections;
    private final EventJournal journal;
    private final EnvelopeCodec codec;
    private final JdbcTemplate jdbc;
    private final EnvelopeIntegrity integrity;
    private final LifecycleHistory history;
    private final JdbcReadModelTables tables;

    public ProjectionPipeline(List<Projection> projections, EventJournal journal, EnvelopeCodec codec,
                              JdbcTemplate jdbc, EnvelopeIntegrity integrity, LifecycleHistory history,
                              JdbcReadModelTables tables) {
        this.tables = tables;
        this.projections = projections;
        this.journal = journal;
        this.codec = codec;
        this.jdbc = jdbc;
        this.integrity = integrity;
        this.history = history;
    }

    /** @throws kz.appeals.query.integrity.RejectedEvent (FORGED) unless the command side signed the envelope */
    public void verify(EventEnvelope envelope) {
        integrity.verify(envelope);
    }

    public List<Projection> projections() {
        return projections;
    }

    /** Call at the start of a live projecting transaction. */
    public void holdSharedSwitchLock() {
        jdbc.query("SELECT pg_advisory_xact_lock_shared(?)", rs -> null, SWITCH_LOCK);
    }

    /** Call in the rebuild's switching transaction: waits for live transactions and keeps new ones out until commit. */
    public void holdExclusiveSwitchLock() {
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> null, SWITCH_LOCK);
    }

    /**
     * Verifies, journals and applies one event; read models get it with text PostgreSQL can store
     * ({@link StorableText}).
     *
     * @return false if the event had already been applied (duplicate delivery)
     * @throws kz.appeals.query.integrity.RejectedEvent if it is forged or conflicts with a journaled event
     */
    public boolean accept(EventEnvelope envelope) {
        integrity.verify(envelope);
        EventEnvelope storable = StorableText.of(envelope);
        AppealEvent event = (AppealEvent) codec.payload(storable);
        if (!journal.append(envelope)) {
            return false;
        }
        apply(storable, event, projections);
        return true;
    }

    /**
     * Runs {@code work} with the read models' row changes held and coalesced per row until it returns (one write per
     * row for a whole batch of events); call inside the batch's transaction.
     */
    public void batched(Runnable work) {
        tables.batched(work);
    }

    /**
     * The journal step of {@link #accept} for a whole batch of verified envelopes, in one statement.
     *
     * @return per envelope, whether it is new and must be applied ({@link #applyJournaled}) in the batch's order
     * @throws kz.appeals.query.integrity.RejectedEvent if one conflicts with a journaled event
     */
    public boolean[] journalAll(List<EventEnvelope> envelopes) {
        return journal.appendAll(envelopes);
    }

    /**
     * The apply step of {@link #accept} for an envelope {@link #journalAll} found new; a newer schema or an event of
     * an appeal never filed is refused here.
     */
    public void applyJournaled(EventEnvelope envelope) {
        EventEnvelope storable = StorableText.of(envelope);
        apply(storable, (AppealEvent) codec.payload(storable), projections);
    }

    /** Replays one journaled event into the given read models only (used by rebuilds). */
    public void replay(EventEnvelope envelope, List<Projection> into) {
        EventEnvelope storable = StorableText.of(envelope);
        apply(storable, (AppealEvent) codec.payload(storable), into);
    }

    /** Every read model gets the event with the appeal's lifecycle state before and after it. */
    private void apply(EventEnvelope envelope, AppealEvent event, List<Projection> into) {
        LifecycleState before = history.before(envelope.appealId(), envelope.sequence());
        ProjectedEvent projected = ProjectedEvent.next(envelope.eventId().toString(), envelope.sequence(),
                envelope.occurredAt(), event, before);
        for (Projection projection : into) {
            projection.apply(projected);
        }
        history.remember(envelope.appealId(), envelope.sequence(), projected.after());
    }
}
