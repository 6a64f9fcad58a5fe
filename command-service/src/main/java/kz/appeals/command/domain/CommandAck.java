package kz.appeals.command.domain;

import kz.appeals.lifecycle.AppealState;

/** What a command on an existing appeal answers: the appeal's new version (its ETag) and stage. */
public record CommandAck(String appealId, long version, AppealState state) {
}
