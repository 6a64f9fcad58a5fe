package kz.appeals.clock;

/** How well a period is established: read in the Code's text, from a secondary source, or not confirmed at all. */
public enum Confidence {
    CONFIRMED, SECONDARY, UNCONFIRMED;

    public boolean confirmedInCode() {
        return this == CONFIRMED;
    }
}
