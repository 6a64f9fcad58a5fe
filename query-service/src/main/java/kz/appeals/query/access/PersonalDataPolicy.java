package kz.appeals.query.access;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import kz.appeals.access.AuthorizationMatrix;
import kz.appeals.access.Identity;
import kz.appeals.access.Role;
import kz.appeals.access.Target;

/**
 * The one table of who sees which personal data (IIN/BIN, phone, postal address, e-mail) in which view. Names stay
 * visible everywhere a view has them: without a name no list can be worked, and a name alone identifies no one
 * across registers the way an IIN does. Dashboards and statistics carry no personal data at all, for anyone; the
 * audit endpoints (history, as-of, export) give the events as recorded to PROSECUTOR and AUDITOR, and each export is
 * written to the access log. Printed in docs/read-models.md; a role missing from a view's row gets {@code MASKED}.
 */
public final class PersonalDataPolicy {

    /** Where personal data appears. */
    public enum View {
        /** {@code GET /api/appeals}: many appeals at once. */
        LIST,
        /** {@code GET /api/appeals/{id}}: one appeal with its contacts and deliveries. */
        DETAIL
    }

    /** How much of a person's data is shown, from least to most. */
    public enum Exposure {
        /** IIN/BIN and phone masked, address and e-mail withheld. */
        MASKED,
        /** The caller's own data in full (matched on the token's IIN/BIN), everyone else's masked. */
        OWN,
        /** Everything as recorded. */
        FULL
    }

    static final Map<View, Map<Role, Exposure>> TABLE = table();

    private static Map<View, Map<Role, Exposure>> table() {
        Map<Role, Exposure> list = new EnumMap<>(Role.class);
        // A list is for finding and working appeals; nobody needs every applicant's IIN and contacts at once, and
        // the full record is one scope-checked detail read away.
        for (Role role : Role.values()) {
            list.put(role, Exposure.MASKED);
        }
        Map<Role, Exposure> detail = new EnumMap<>(Role.class);
        detail.put(Role.CITIZEN, Exposure.OWN);               // their own data, not a co-member's
        detail.put(Role.PORTAL, Exposure.FULL);               // shows the citizen their own appeal as filed
        detail.put(Role.REGISTRAR, Exposure.FULL);            // sends notices and the answer (art. 66(2))
        detail.put(Role.EXECUTOR, Exposure.FULL);             // hears the participant and answers (arts. 73, 66)
        detail.put(Role.HEAD, Exposure.FULL);
        detail.put(Role.DEPUTY_HEAD, Exposure.FULL);
        detail.put(Role.CHIEF_OF_STAFF, Exposure.FULL);
        detail.put(Role.CONTROLLER, Exposure.MASKED);         // watches deadlines, never contacts the applicant
        detail.put(Role.COMPLAINT_REVIEWER, Exposure.FULL);   // decides the complaint and notifies the complainant
        detail.put(Role.PROSECUTOR, Exposure.FULL);           // a check may need to reach the applicant
        detail.put(Role.AUDITOR, Exposure.MASKED);            // checks the procedure; the record is in the audit API
        detail.put(Role.OPERATOR, Exposure.MASKED);           // has no read at all; masked if one is ever added
        Map<View, Map<Role, Exposure>> out = new EnumMap<>(View.class);
        out.put(View.LIST, Collections.unmodifiableMap(list));
        out.put(View.DETAIL, Collections.unmodifiableMap(detail));
        return Collections.unmodifiableMap(out);
    }

    private final AuthorizationMatrix matrix;

    public PersonalDataPolicy(AuthorizationMatrix matrix) {
        this.matrix = matrix;
    }

    public static Exposure exposure(View view, Role role) {
        return TABLE.get(view).getOrDefault(role, Exposure.MASKED);
    }

    /**
     * The exposure of a caller who may perform {@code action} on {@code target}: the most open among the roles they
     * hold that the matrix allows on this very target (an official who is also a controller elsewhere gets the
     * official's view only on their own body's appeals).
     */
    public Redaction redaction(Identity who, String action, Target target, View view) {
        Exposure best = null;
        for (Role role : who.roles()) {
            Identity asRole = new Identity(who.subject(), who.displayName(), who.position(), who.bodyId(),
                    who.idNumber(), Set.of(role), who.clientId());
            if (matrix.decide(asRole, action, target).allowed()) {
                Exposure e = exposure(view, role);
                best = best == null || e.compareTo(best) > 0 ? e : best;
            }
        }
        return new Redaction(best == null ? Exposure.MASKED : best, who.idNumber());
    }

    /** Applies one exposure to the people of one response. */
    public record Redaction(Exposure exposure, String callerIdNumber) {

        public static Redaction full() {
            return new Redaction(Exposure.FULL, null);
        }

        /** Whether this person's data is shown in full. */
        public boolean shows(String personIdNumber) {
            return exposure == Exposure.FULL
                    || exposure == Exposure.OWN && callerIdNumber != null
                    && Objects.equals(callerIdNumber, personIdNumber);
        }

        public String idNumber(String personIdNumber) {
            return shows(personIdNumber) ? personIdNumber : PersonalData.maskIdNumber(personIdNumber);
        }

        public String phone(String personIdNumber, String phone) {
            return shows(personIdNumber) ? phone : PersonalData.maskPhone(phone);
        }

        /** A postal address or e-mail: shown or withheld (null), never half-shown. */
        public String withheld(String personIdNumber, String value) {
            return shows(personIdNumber) ? value : null;
        }
    }
}
