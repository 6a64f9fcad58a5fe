package kz.appeals.command.domain;

/** What a command on an existing appeal answers: the appeal's new version (its ETag) and stage. */
public record CommandAck(String appealId, long version, AppealState state) {
}
