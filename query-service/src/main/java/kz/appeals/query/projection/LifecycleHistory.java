package kz.appeals.query.projection;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import kz.appeals.events.AppealEvent;
import kz.appeals.events.EnvelopeCodec;
import kz.appeals.lifecycle.AppealLifecycle;
import kz.appeals.lifecycle.LifecycleState;
import kz.appeals.query.integrity.StorableText;

/**
 * Where an appeal stood before one of its events: the shared lifecycle folded over the appeal's journaled events
 * before it. The state after the newest event of each recent appeal is kept in memory (a pure function of an
 * immutable history, so a rolled-back transaction cannot make it wrong); on a miss the journal is replayed.
 */
@Component
public class LifecycleHistory {

    private static final int REMEMBERED = 20_000;

    private record Known(long sequence, LifecycleState state) {
    }

    private final JdbcTemplate jdbc;
    private final EnvelopeCodec codec;
    private final Map<String, Known> recent = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Known> eldest) {
            return size() > REMEMBERED;
        }
    };

    public LifecycleHistory(JdbcTemplate jdbc, EnvelopeCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /** The state after every journaled event of the appeal with a sequence below {@code sequence}. */
    public LifecycleState before(String appealId, long sequence) {
        synchronized (recent) {
            Known known = recent.get(appealId);
            if (known != null && known.sequence() == sequence - 1) {
                return known.state();
            }
        }
        List<String> envelopes = jdbc.queryForList("SELECT envelope FROM event_journal WHERE appeal_id = ? "
                + "AND sequence_no < ? ORDER BY sequence_no", String.class, appealId, sequence);
        LifecycleState state = LifecycleState.NONE;
        for (String envelope : envelopes) {
            state = AppealLifecycle.next(state, (AppealEvent) codec.payload(StorableText.of(
                    codec.fromBytes(envelope.getBytes(StandardCharsets.UTF_8)))));
        }
        return state;
    }

    public void remember(String appealId, long sequence, LifecycleState after) {
        synchronized (recent) {
            recent.put(appealId, new Known(sequence, after));
        }
    }
}
