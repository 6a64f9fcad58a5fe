package kz.appeals.command.domain;

import java.util.Optional;

/** Reads another appeal's record inside the current command (implemented in infra over the event-sourced repository). */
public interface AppealRecords {

    Optional<AppealRecord> find(String appealId);
}
