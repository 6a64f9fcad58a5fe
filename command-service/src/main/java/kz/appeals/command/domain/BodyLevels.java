package kz.appeals.command.domain;

import kz.appeals.clock.BodyLevel;

/**
 * Whether an administrative body is a local representative or executive body (maslikhat, akimat) or a central one:
 * a petition's review period depends on it (APPC art. 90-5(1): 20 working days for local bodies, 40 for central ones).
 * The level is data about the body, kept where bodies are configured, never taken from the request.
 */
@FunctionalInterface
public interface BodyLevels {

    BodyLevel levelOf(String bodyId);
}
