package kz.appeals.command.web;

import kz.appeals.events.Actor;

/**
 * What every command request carries besides its body: the {@code Idempotency-Key}, the version from {@code If-Match}
 * (null when absent or "*": no concurrency check) and the acting user. Resolved once for every handler method.
 */
record CommandContext(String idempotencyKey, Long expectedVersion, Actor actor) {
}
