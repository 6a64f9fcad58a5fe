package kz.appeals.query.projection;

import java.util.List;

/**
 * One read model: the tables it owns and how an event changes them. {@link #apply} runs inside the consumer's (or the
 * rebuild's) transaction and must write only to its own tables, with unqualified table names — a rebuild points the
 * search path at fresh copies of those tables. Every value written must come from the events (never from the wall
 * clock), so that a rebuild produces the same rows and the same checksum as the live model. Each read model handles
 * every event type through an {@link kz.appeals.events.AppealEventVisitor}, so a new event is a build error until
 * each one says what it does with it.
 */
public interface Projection {

    /** Stable name used by the replay API, e.g. {@code appeal-view}. */
    String name();

    /** The tables this read model owns; a rebuild replaces exactly these. */
    List<String> tables();

    /**
     * Whether every row of this read model belongs to one appeal (keyed by the appeal, or by an id only its events
     * carry, never a sum across appeals): then a rebuild may fold each appeal's whole history in memory and load the
     * final rows in bulk (issue 13 item 5). A read model that says false is rebuilt row change by row change.
     */
    default boolean rowsBelongToOneAppeal() {
        return false;
    }

    /** Applies one event, with the appeal's lifecycle state before and after it. */
    void apply(ProjectedEvent event);
}
