package kz.appeals.deploy;

/** A start-up failure with a message meant for the person at the terminal. */
public class LauncherException extends RuntimeException {
    public LauncherException(String message) {
        super(message);
    }

    public LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
