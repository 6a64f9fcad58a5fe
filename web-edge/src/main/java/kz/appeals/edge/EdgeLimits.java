package kz.appeals.edge;

/**
 * The limits of every value a request may carry, in one place so that the same value is checked the same way on
 * both services (the command side accepts nothing the query side would then refuse). docs/api-limits.md lists them.
 */
public final class EdgeLimits {

    /** Appeal ids (the command side issues UUIDs; an earlier appeal's id is accepted up to this length). */
    public static final int APPEAL_ID = 64;
    /** Body (state organ) ids, executor and co-executor ids, as the command side's requests accept them. */
    public static final int BODY_ID = 100;
    public static final int EXECUTOR_ID = 100;
    /** A token subject as written in the access log. */
    public static final int SUBJECT = 255;
    /** An action name of the authorization matrix. */
    public static final int ACTION = 100;
    /** Any one query parameter value, before a parameter-specific limit applies. */
    public static final int QUERY_VALUE = 1000;
    /** Query parameters per request (names counted once). */
    public static final int QUERY_PARAMETERS = 30;
    /** One path segment, decoded. */
    public static final int PATH_SEGMENT = 256;
    /** Page size of every list; pages are numbered from 0 up to {@link #MAX_PAGE}. */
    public static final int MAX_PAGE_SIZE = 200;
    public static final int MAX_PAGE = 1_000_000;
    /** Years the calendar endpoints answer for (the statutory clock loads years within this range). */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    /** Identifiers (appeal, body, executor ids) are printable ASCII without spaces, slashes or quotes. */
    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:@-]*";
    /** A 12-digit IIN or BIN. */
    public static final String ID_NUMBER_PATTERN = "\\d{12}";

    private EdgeLimits() {
    }
}
