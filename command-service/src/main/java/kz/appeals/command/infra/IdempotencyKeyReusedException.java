package kz.appeals.command.infra;

/** The same Idempotency-Key came with a different request: refused, nothing is changed. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request");
    }
}
