package kz.appeals.query.api;

import java.util.List;

/** A page of a list: the items, where the page is, and how many there are in all. */
public record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageOf<T> of(List<T> items, int page, int size, long total) {
        return new PageOf<>(items, page, size, total, (int) ((total + size - 1) / size));
    }
}
