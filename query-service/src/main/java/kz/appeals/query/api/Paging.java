package kz.appeals.query.api;

/** The one paging rule of every list: page from 0, size from 1 to {@value #MAX_SIZE}. */
public final class Paging {

    public static final int MAX_SIZE = 200;

    private Paging() {
    }

    public static void check(int page, int size) {
        if (page < 0) {
            throw new BadParameterException("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadParameterException("size", "size must be between 1 and " + MAX_SIZE);
        }
    }
}
