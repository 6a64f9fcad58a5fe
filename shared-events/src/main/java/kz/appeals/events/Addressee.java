package kz.appeals.events;

/** The administrative body an appeal is addressed to (art. 4(1)(7)); {@code bodyId} is the stable key. */
public record Addressee(String bodyId, String name) {
}
