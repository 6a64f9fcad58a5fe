package kz.appeals.query.api;

/** The one paging rule of every list: page from 0 to {@value #MAX_PAGE}, size from 1 to {@value #MAX_SIZE}. */
public final class Paging {

    public static final int MAX_SIZE = kz.appeals.edge.EdgeLimits.MAX_PAGE_SIZE;
    public static final int MAX_PAGE = kz.appeals.edge.EdgeLimits.MAX_PAGE;

    private Paging() {
    }

    public static void check(int page, int size) {
        if (page < 0 || page > MAX_PAGE) {
            throw new BadParameterException("page", "page must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadParameterException("size", "size must be between 1 and " + MAX_SIZE);
        }
    }
}
