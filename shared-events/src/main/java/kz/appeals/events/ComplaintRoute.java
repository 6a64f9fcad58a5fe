package kz.appeals.events;

/**
 * APPC art. 80(5): where, within what period and how the act may be challenged: the complaint-review body, or the court
 * when there is no higher body ({@code bodyId} null, {@code court} set).
 */
public record ComplaintRoute(
        String bodyId,
        String bodyName,
        String court,
        String period,
        String procedure) {

    public boolean stated() {
        return (bodyId != null || court != null) && period != null && procedure != null;
    }
}
