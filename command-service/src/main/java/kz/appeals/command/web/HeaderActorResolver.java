package kz.appeals.command.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import kz.appeals.events.Actor;

/** Reads {@code X-Actor-Id}, {@code X-Actor-Role}, {@code X-Actor-Body}; a caller without them is an anonymous portal. */
@Component
class HeaderActorResolver implements ActorResolver {

    static final String ANONYMOUS_PORTAL = "anonymous-portal";

    @Override
    public Actor resolve(HttpServletRequest request) {
        String user = header(request, "X-Actor-Id");
        String role = header(request, "X-Actor-Role");
        String body = header(request, "X-Actor-Body");
        return new Actor(user == null ? ANONYMOUS_PORTAL : user, role == null ? "APPLICANT_PORTAL" : role, body);
    }

    private static String header(HttpServletRequest request, String name) {
        String value = request.getHeader(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
