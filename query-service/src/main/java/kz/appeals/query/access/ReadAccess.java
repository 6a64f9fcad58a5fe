package kz.appeals.query.access;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import kz.appeals.access.Decision;
import kz.appeals.access.Endpoint;
import kz.appeals.access.Identity;
import kz.appeals.access.Target;
import kz.appeals.query.access.PersonalDataPolicy.Redaction;
import kz.appeals.query.access.PersonalDataPolicy.View;
import kz.appeals.security.AccessGuard;
import kz.appeals.security.AccessRefusedException;
import kz.appeals.security.EndpointAuthorizationManager;

/**
 * The query side's application-layer door: every read asks it, with the real target, before it touches a read model.
 * An appeal's target is read from the read model (holding body — the addressee, or the competent body after a
 * redirect; for a forwarded complaint the challenged body that forwarded it, see V10 —, the review body of a forwarded complaint, and every party's IIN/BIN); lists, dashboards and statistics
 * are aimed at the body they ask for; a citizen's list at the IIN/BIN in its path. It also hands out the
 * {@link PersonalDataPolicy} redaction for the caller and writes the {@link AccessLog}.
 */
@Component
public class ReadAccess {

    private final AccessGuard guard;
    private final PersonalDataPolicy policy;
    private final AccessLog log;
    private final JdbcTemplate jdbc;

    ReadAccess(AccessGuard guard, AccessLog log, JdbcTemplate jdbc) {
        this.guard = guard;
        this.policy = new PersonalDataPolicy(guard.matrix());
        this.log = log;
        this.jdbc = jdbc;
    }

    public Identity caller() {
        return guard.current();
    }

    /** Allowed, or 403 problem+json naming the action and why. */
    public Decision require(String action, Target target) {
        return guard.require(action, target);
    }

    public boolean permits(String action, Target target) {
        return guard.permits(action, target);
    }

    /** Who may see this appeal: empty when there is no such appeal in the read model. */
    public Optional<Target> appeal(String appealId) {
        List<String[]> bodies = jdbc.query("SELECT coalesce(forwarded_by_body_id, body_id), review_body_id "
                        + "FROM appeal_view WHERE appeal_id = ?",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, appealId);
        if (bodies.isEmpty()) {
            return Optional.empty();
        }
        Set<String> parties = new HashSet<>(jdbc.queryForList(
                "SELECT id_number FROM appeal_party WHERE appeal_id = ?", String.class, appealId));
        return Optional.of(Target.appeal(bodies.get(0)[0], bodies.get(0)[1], parties));
    }

    /**
     * What a list or statistics request without a body filter is aimed at: every body for a role the matrix lets
     * act on any body (prosecutor, auditor); otherwise the caller's own body (officials), or the complaints sent to
     * it for review (a complaint reviewer, when {@code reviewBodyToo}). Nobody gets "all bodies" by leaving the
     * filter out; a caller with none of these is refused with the matrix's reason.
     */
    public Target defaultBodyTarget(String action, boolean reviewBodyToo) {
        Identity who = caller();
        if (permits(action, Target.body(null))) {
            return Target.body(null);
        }
        if (who.bodyId() != null && permits(action, Target.body(who.bodyId()))) {
            return Target.body(who.bodyId());
        }
        Target review = Target.appeal(null, who.bodyId(), Set.of());
        if (reviewBodyToo && who.bodyId() != null && permits(action, review)) {
            return review;
        }
        require(action, Target.body(null));
        throw new IllegalStateException("unreachable: the matrix refused above");
    }

    public Redaction redaction(String action, Target target, View view) {
        return policy.redaction(caller(), action, target, view);
    }

    /**
     * {@link #require} for a read that the access log records: a refusal is written (outcome REFUSED, with the
     * person it aimed at) before the 403 goes out, so probing another person's IIN leaves a trace.
     */
    public Decision requireRecorded(String action, Target target, Map<String, ?> filter, String personId) {
        try {
            return require(action, target);
        } catch (AccessRefusedException refused) {
            record(null, action, filter, personId, null, AccessLog.Outcome.REFUSED, refused.getMessage());
            throw refused;
        }
    }

    /** Writes an allowed access to the log; returns the entry id. */
    public long recordAllowed(Decision decision, String action, Map<String, ?> filter, String personId,
                              Long recordCount) {
        return record(decision, action, filter, personId, recordCount, AccessLog.Outcome.ALLOWED, null);
    }

    public void recordCount(long entryId, long count) {
        log.recordCount(entryId, count);
    }

    private long record(Decision decision, String action, Map<String, ?> filter, String personId, Long count,
                        AccessLog.Outcome outcome, String reason) {
        String method = "?";
        String endpoint = "?";
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            method = request.getMethod();
            // the catalog's template, never the raw path: a citizen's path holds their IIN
            if (request.getAttribute(EndpointAuthorizationManager.ENDPOINT_ATTRIBUTE) instanceof Endpoint e) {
                endpoint = e.path();
            }
        }
        return log.record(caller(), decision == null ? null : decision.actingRole(), action, method, endpoint,
                filter, personId, count, outcome, reason);
    }
}
