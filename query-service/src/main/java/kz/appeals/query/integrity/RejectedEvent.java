package kz.appeals.query.integrity;

/** A record the projection must not apply and must not let hold anything back: it is parked under its kind. */
public class RejectedEvent extends RuntimeException {

    public static final String ERROR = "ERROR";
    public static final String FORGED = "FORGED";
    public static final String CONFLICT = "CONFLICT";

    private final String kind;

    public RejectedEvent(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }

    /** The dead-letter kind for any failure: a rejection's own kind, anything else {@link #ERROR}. */
    public static String kindOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RejectedEvent rejected) {
                return rejected.kind();
            }
        }
        return ERROR;
    }
}
