package kz.appeals.messaging;

/** An envelope this build cannot read: an unknown type or a newer schema version than it knows. */
public class UnsupportedEventException extends RuntimeException {

    public UnsupportedEventException(String message) {
        super(message);
    }
}
