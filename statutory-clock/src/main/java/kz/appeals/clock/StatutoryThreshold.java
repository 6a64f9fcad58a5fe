package kz.appeals.clock;

/**
 * Lengths of time that the APPC uses as a condition rather than as a deadline to schedule. Like
 * {@link ProceduralTimer}, each names its amount, unit and article once, so no caller writes the number again.
 */
public enum StatutoryThreshold {
    /**
     * APPC art. 73: the hearing (preliminary decision and objections) may be skipped where the period is shorter than
     * 5 working days.
     */
    HEARING_SKIPPABLE_BELOW(5, PeriodUnit.WORKING_DAYS, "APPC art. 73");

    private final int amount;
    private final PeriodUnit unit;
    private final String legalBasis;

    StatutoryThreshold(int amount, PeriodUnit unit, String legalBasis) {
        this.amount = amount;
        this.unit = unit;
        this.legalBasis = legalBasis;
    }

    /** Whether {@code length}, in this threshold's unit, is strictly shorter than the threshold. */
    public boolean isShorter(int length) {
        return length < amount;
    }

    /** E.g. "shorter than 5 working days (APPC art. 73)". */
    public String describe() {
        return "shorter than " + unit.describe(amount) + " (" + legalBasis + ")";
    }
}
