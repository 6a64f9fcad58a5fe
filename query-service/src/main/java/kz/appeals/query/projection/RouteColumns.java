package kz.appeals.query.projection;

import kz.appeals.events.AdministrativeActIssued;
import kz.appeals.events.ComputedDate;
import kz.appeals.lifecycle.Outcome;

/**
 * The route an outcome opens to the applicant, as the {@code route_*} columns of a read model that shows it
 * (column, value, ... for {@link RowChange#update}).
 */
public final class RouteColumns {

    private RouteColumns() {
    }

    /**
     * Art. 80(5): the complaint body or court the act names, with the period; no date yet (it runs from delivery).
     * Null when the act states no route.
     */
    public static Object[] ofAct(AdministrativeActIssued e) {
        if (e.route() == null || !e.route().stated()) {
            return null;
        }
        boolean complaint = e.route().bodyId() != null;
        return new Object[] {"route_opens", complaint ? "COMPLAINT" : "COURT", "route_open_until", null,
                "route_period", e.route().period(), "route_body_name", complaint ? e.route().bodyName()
                        : e.route().court(), "route_legal_basis", e.legalBasis()};
    }

    /**
     * Arts. 91(2), 100(5): the route a deemed refusal opens, with its last day, as the lifecycle's outcome carries
     * it: the complaint window, or for a complaint the court window.
     */
    public static Object[] ofDeemedRefusal(Outcome o) {
        ComputedDate window = o.courtWindow() != null ? o.courtWindow() : o.complaintWindow();
        return new Object[] {"route_opens", o.detail(), "route_open_until", window == null ? null : window.date(),
                "route_period", window == null ? null : window.period(), "route_body_name", null,
                "route_legal_basis", o.legalBasis()};
    }
}
