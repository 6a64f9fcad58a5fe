package kz.appeals.command.web;

import jakarta.servlet.http.HttpServletRequest;

import kz.appeals.events.Actor;

/**
 * Who is acting. Today it reads request headers; when OAuth2/JWT arrives, one implementation reading the token's
 * subject, role and body claims replaces {@link HeaderActorResolver} and nothing else changes.
 */
public interface ActorResolver {

    Actor resolve(HttpServletRequest request);
}
