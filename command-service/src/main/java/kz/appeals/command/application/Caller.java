package kz.appeals.command.application;

import kz.appeals.events.Actor;

/**
 * The verified caller of a command, as recorded: the actor (token subject, the role the matrix allowed, body, name,
 * position) and the OAuth2 client they came through (for a citizen's own filing, the registering system).
 */
public record Caller(Actor actor, String clientId) {
}
