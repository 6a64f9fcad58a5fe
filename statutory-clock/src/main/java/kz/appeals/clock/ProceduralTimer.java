package kz.appeals.clock;

/**
 * Procedural periods of the APPC other than the review period. Each counts from the day after its starting event
 * (art. 76(2)); {@link Direction#BEFORE} timers count back from the event instead. Month periods follow the month
 * rule of {@link StatutoryClock} and, like calendar-day periods, roll forward to a working day (art. 76(5)).
 */
public enum ProceduralTimer {
    /** APPC art. 65: an appeal outside competence goes to the competent body within 3 working days of receipt. */
    REDIRECT(3, PeriodUnit.WORKING_DAYS, Direction.AFTER, "APPC art. 65", Confidence.CONFIRMED),
    /** APPC art. 64(7): return of an appeal with reasons within 3 working days. */
    RETURN(3, PeriodUnit.WORKING_DAYS, Direction.AFTER, "APPC art. 64(7)", Confidence.CONFIRMED),
    /** APPC art. 76(3): an extension lasts at most 2 months from the decision to extend. */
    EXTENSION_CAP(2, PeriodUnit.MONTHS, Direction.AFTER, "APPC art. 76(3)", Confidence.CONFIRMED),
    /** APPC art. 76(3): the applicant is notified of an extension within 3 working days. */
    EXTENSION_NOTICE(3, PeriodUnit.WORKING_DAYS, Direction.AFTER, "APPC art. 76(3)", Confidence.CONFIRMED),
    /** APPC art. 70: the participant is notified of the termination of the procedure within 3 working days. */
    TERMINATION_NOTICE(3, PeriodUnit.WORKING_DAYS, Direction.AFTER, "APPC art. 70", Confidence.CONFIRMED),
    /** APPC art. 95: the complainant is told within 3 working days that the complaint is left without consideration. */
    LEAVE_WITHOUT_CONSIDERATION_NOTICE(3, PeriodUnit.WORKING_DAYS, Direction.AFTER, "APPC art. 95",
            Confidence.CONFIRMED),
    /** APPC art. 73: the preliminary decision reaches the participant at least 3 working days before the act. */
    PRELIMINARY_DECISION_NOTICE(3, PeriodUnit.WORKING_DAYS, Direction.BEFORE, "APPC art. 73", Confidence.CONFIRMED),
    /** APPC art. 73: objections and a request to be heard within 2 working days of receiving the preliminary decision. */
    OBJECTIONS(2, PeriodUnit.WORKING_DAYS, Direction.AFTER, "APPC art. 73", Confidence.CONFIRMED),
    /**
     * APPC art. 91(4): the body sends a complaint with the case file to the reviewing body within 3 working days of its
     * receipt (counted from the day of receipt, not of registration).
     */
    COMPLAINT_FORWARDING(3, PeriodUnit.WORKING_DAYS, Direction.AFTER, "APPC art. 91(4)", Confidence.CONFIRMED),
    /**
     * APPC art. 100(2): the review body that decided to send the case back sends the complaint and the case file to the
     * body whose act was challenged within 5 working days of its decision (a duty of the review body).
     */
    CASE_SENT_BACK(5, PeriodUnit.WORKING_DAYS, Direction.AFTER, "APPC art. 100(2)", Confidence.CONFIRMED),
    /** APPC art. 92(1): a complaint is filed within 3 months of learning of the act. */
    COMPLAINT_FILING(3, PeriodUnit.MONTHS, Direction.AFTER, "APPC art. 92(1)", Confidence.CONFIRMED),
    /** APPC art. 92: 6 months when the act did not state the complaint route. */
    COMPLAINT_FILING_NO_ROUTE_STATED(6, PeriodUnit.MONTHS, Direction.AFTER, "APPC art. 92", Confidence.CONFIRMED),
    /** APPC art. 136(1), 136(6): a claim to court within 1 month of the complaint decision or of its missed deadline. */
    LAWSUIT(1, PeriodUnit.MONTHS, Direction.AFTER, "APPC art. 136(1), 136(6)", Confidence.CONFIRMED),
    /** APPC art. 86(3): an administrative act is executed within 5 working days unless law or the act says otherwise. */
    ACT_EXECUTION(5, PeriodUnit.WORKING_DAYS, Direction.AFTER, "APPC art. 86(3)", Confidence.CONFIRMED),
    /** APPC art. 171(1): a court decision in force is sent for execution within 3 working days. */
    COURT_DECISION_SENDING(3, PeriodUnit.WORKING_DAYS, Direction.AFTER, "APPC art. 171(1)", Confidence.SECONDARY),
    /**
     * APPC art. 171(2): the defendant executes the court decision within 1 month of its entry into force and reports
     * to the court.
     */
    COURT_DECISION_EXECUTION(1, PeriodUnit.MONTHS, Direction.AFTER, "APPC art. 171(2)", Confidence.SECONDARY),
    /** APPC art. 75(1) (and art. 98(5) for a complaint): access to the case file within 3 working days of the request. */
    CASE_FILE_ACCESS(3, PeriodUnit.WORKING_DAYS, Direction.AFTER, "APPC art. 75(1)", Confidence.CONFIRMED),
    /** APPC art. 74: the protocol of an oral hearing is signed within 2 working days of the hearing. */
    PROTOCOL_SIGNING(2, PeriodUnit.WORKING_DAYS, Direction.AFTER, "APPC art. 74", Confidence.CONFIRMED),
    /** APPC art. 74: remarks on the protocol within 3 working days of reading it. */
    PROTOCOL_REMARKS(3, PeriodUnit.WORKING_DAYS, Direction.AFTER, "APPC art. 74", Confidence.CONFIRMED),
    /** APPC art. 67: a request for recusal is decided by the superior official within 3 working days. */
    RECUSAL_DECISION(3, PeriodUnit.WORKING_DAYS, Direction.AFTER, "APPC art. 67", Confidence.CONFIRMED),
    /** APPC art. 67: the participant is notified of the decision on recusal within 2 working days. */
    RECUSAL_NOTICE(2, PeriodUnit.WORKING_DAYS, Direction.AFTER, "APPC art. 67", Confidence.CONFIRMED);

    public enum Direction { AFTER, BEFORE }

    private final int amount;
    private final PeriodUnit unit;
    private final Direction direction;
    private final String legalBasis;
    private final Confidence confidence;

    ProceduralTimer(int amount, PeriodUnit unit, Direction direction, String legalBasis, Confidence confidence) {
        this.amount = amount;
        this.unit = unit;
        this.direction = direction;
        this.legalBasis = legalBasis;
        this.confidence = confidence;
    }

    public int amount() {
        return amount;
    }

    public PeriodUnit unit() {
        return unit;
    }

    public Direction direction() {
        return direction;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public Confidence confidence() {
        return confidence;
    }

    public String period() {
        return unit.describe(amount) + (direction == Direction.BEFORE ? " before" : "");
    }
}
