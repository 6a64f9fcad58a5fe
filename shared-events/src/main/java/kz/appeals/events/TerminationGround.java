package kz.appeals.events;

/**
 * Grounds to terminate a procedure: APPC art. 70 for the administrative procedure, art. 88(1) for the simplified one.
 * {@link #legalBasis()} names the article.
 */
public enum TerminationGround {
    DECISION_ON_SAME_SUBJECT_EXISTS("APPC art. 70"),
    FINAL_COURT_ACT_EXISTS("APPC art. 70"),
    RETURNED("APPC art. 70, 64(7)"),
    WITHDRAWN("APPC art. 70, 64(9)"),
    REPEAT_ALREADY_ANSWERED("APPC art. 88(1)"),
    AUTHOR_UNKNOWN("APPC art. 88(1)"),
    NO_SUBSTANCE("APPC art. 88(1)"),
    WITHDRAWN_SIMPLIFIED("APPC art. 88(1)");

    private final String legalBasis;

    TerminationGround(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public boolean simplifiedProcedure() {
        return legalBasis.contains("88");
    }
}
