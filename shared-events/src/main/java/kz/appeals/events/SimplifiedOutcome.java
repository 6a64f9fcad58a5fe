package kz.appeals.events;

/** Outcomes of the simplified procedure (APPC art. 88): an answer on the merits, or taking note. */
public enum SimplifiedOutcome { SATISFIED, REFUSED, EXPLAINED, TAKEN_NOTE }
