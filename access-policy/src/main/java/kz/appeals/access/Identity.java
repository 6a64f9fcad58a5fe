package kz.appeals.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A verified caller, read from the claims of a validated access token. {@code subject} is the token's {@code sub}
 * (stable per user; the art. 97(2) check compares it); {@code idNumber} is a citizen's IIN/BIN ({@code iin} claim);
 * {@code bodyId} and {@code position} describe an official ({@code body_id}, {@code position} claims); roles come from
 * the top-level {@code roles} claim, else Keycloak's {@code realm_access.roles}. Unknown role names are ignored.
 */
public record Identity(String subject, String displayName, String position, String bodyId, String idNumber,
                       Set<Role> roles, String clientId) {

    public static final String ROLES = "roles";
    public static final String BODY_ID = "body_id";
    public static final String POSITION = "position";
    public static final String ID_NUMBER = "iin";

    public Identity {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Identity fromClaims(Map<String, Object> claims) {
        String subject = text(claims.get("sub"));
        String name = text(claims.get("name"));
        if (name == null) {
            name = text(claims.get("preferred_username"));
        }
        return new Identity(subject, name == null ? subject : name, text(claims.get(POSITION)),
                text(claims.get(BODY_ID)), text(claims.get(ID_NUMBER)), roles(claims), text(claims.get("azp")));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    private static Set<Role> roles(Map<String, Object> claims) {
        Set<String> names = new LinkedHashSet<>(strings(claims.get(ROLES)));
        if (claims.get("realm_access") instanceof Map<?, ?> realm) {
            names.addAll(strings(realm.get("roles")));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static Set<String> strings(Object value) {
        Set<String> out = new LinkedHashSet<>();
        if (value instanceof Collection<?> list) {
            list.forEach(v -> {
                if (v != null) {
                    out.add(v.toString());
                }
            });
        } else if (value instanceof String s) {
            out.add(s);
        }
        return out;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().trim();
        return s.isEmpty() ? null : s;
    }
}
