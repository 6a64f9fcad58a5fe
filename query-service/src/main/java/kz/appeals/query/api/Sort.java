package kz.appeals.query.api;

import java.util.Map;

/** A {@code sort=field[,asc|desc]} parameter, checked against the fields a list allows. */
public record Sort(String field, boolean ascending) {

    /** Sortable fields of every appeal list (agency lists, the citizen's list, the pages) and their columns. */
    public static final Map<String, String> APPEAL_COLUMNS = Map.of(
            "receivedAt", "received_at", "registeredOn", "registered_on", "dueDate", "due_date",
            "registrationNumber", "registration_number", "state", "state", "decidedOn", "decided_on");

    public static Sort parse(String value, String defaultField, boolean defaultAscending, Map<String, String> allowed) {
        if (value == null || value.isBlank()) {
            return new Sort(defaultField, defaultAscending);
        }
        String[] parts = value.split(",", -1); // "," alone is two empty parts, refused, not an empty array
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase(java.util.Locale.ROOT) : "asc";
        if (!allowed.containsKey(parts[0].trim()) || parts.length > 2
                || !(direction.equals("asc") || direction.equals("desc"))) {
            throw new BadParameterException("sort", "sort must be one of " + String.join(", ",
                    new java.util.TreeSet<>(allowed.keySet())) + ", optionally followed by ,asc or ,desc");
        }
        return new Sort(parts[0].trim(), direction.equals("asc"));
    }

    public String sql(Map<String, String> columns) {
        return columns.get(field) + (ascending ? " ASC NULLS LAST" : " DESC NULLS LAST");
    }
}
