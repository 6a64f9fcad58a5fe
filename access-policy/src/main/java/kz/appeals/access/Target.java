package kz.appeals.access;

import java.util.Objects;
import java.util.Set;

/**
 * What an action is aimed at, as far as access is concerned: the body holding the appeal, the body reviewing it when
 * it is a complaint, and the IIN/BINs of its parties. {@link #none()} for actions on no appeal (operator, calendar);
 * {@link #body(String)} for a body's lists, dashboards and statistics; {@link #party(String)} for a citizen's list.
 */
public record Target(String holdingBodyId, String reviewBodyId, Set<String> partyIds) {

    public Target {
        partyIds = partyIds == null ? Set.of() : Set.copyOf(partyIds.stream().filter(Objects::nonNull).toList());
    }

    public static Target none() {
        return new Target(null, null, Set.of());
    }

    public static Target body(String bodyId) {
        return new Target(bodyId, null, Set.of());
    }

    public static Target party(String idNumber) {
        return new Target(null, null, idNumber == null ? Set.of() : Set.of(idNumber));
    }

    public static Target appeal(String holdingBodyId, String reviewBodyId, Set<String> partyIds) {
        return new Target(holdingBodyId, reviewBodyId, partyIds);
    }
}
