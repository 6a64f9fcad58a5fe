package kz.appeals.command.web;

/**
 * What every command request carries besides its body and its bearer token: the {@code Idempotency-Key} and the
 * version from {@code If-Match} (null when absent or "*": no concurrency check). The acting user is not taken from the
 * request: it is the verified token's, decided by {@link kz.appeals.command.application.CommandAccess}.
 */
record CommandContext(String idempotencyKey, Long expectedVersion) {
}
