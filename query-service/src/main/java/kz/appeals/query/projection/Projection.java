package kz.appeals.query.projection;

import java.util.List;

import kz.appeals.messaging.EventEnvelope;

/**
 * One read model: the tables it owns and how an event changes them. {@link #apply} runs inside the consumer's (or the
 * rebuild's) transaction and must write only to its own tables, with unqualified table names — a rebuild points the
 * search path at fresh copies of those tables. Every value written must come from the events (never from the wall
 * clock), so that a rebuild produces the same rows and the same checksum as the live model.
 */
public interface Projection {

    /** Stable name used by the replay API, e.g. {@code appeal-view}. */
    String name();

    /** The tables this read model owns; a rebuild replaces exactly these. */
    List<String> tables();

    /** Applies one event; an event this model does not use is ignored. */
    void apply(EventEnvelope envelope, Object payload);
}
