package kz.appeals.command.web;

import java.util.function.Function;
import java.util.function.Supplier;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import kz.appeals.command.domain.ActorMetaData;
import kz.appeals.command.infra.IdempotentCommands;
import kz.appeals.events.Actor;

/**
 * Runs one request's commands in one transaction under its Idempotency-Key (a retry replays the first answer and
 * creates nothing), with the acting user as metadata, and answers with the appeal's new version as {@code ETag}.
 */
@Component
class CommandRunner {

    static final String REPLAYED = "Idempotent-Replayed";

    /** The request as hashed for idempotency: the same key with another appeal, version or body is refused. */
    private record Keyed(String appealId, Long expectedVersion, Object body) {
    }

    private final CommandGateway commands;
    private final IdempotentCommands idempotent;

    CommandRunner(CommandGateway commands, IdempotentCommands idempotent) {
        this.commands = commands;
        this.idempotent = idempotent;
    }

    /** One command on the appeal, built for the version the client expects. */
    ResponseEntity<ActionResult> run(String appealId, String operation, Object body, CommandContext context,
                                     Function<Long, Object> command) {
        return runAll(appealId, operation, body, context,
                version -> ActionResult.of(send(command.apply(version), context.actor())));
    }

    /** Several commands in one transaction (a partial redirect and its child appeal, a decision and its send-back). */
    ResponseEntity<ActionResult> runAll(String appealId, String operation, Object body, CommandContext context,
                                        Function<Long, ActionResult> steps) {
        IdempotentCommands.Outcome<ActionResult> outcome = idempotent.run(context.idempotencyKey(), operation,
                new Keyed(appealId, context.expectedVersion(), body), ActionResult.class,
                () -> steps.apply(context.expectedVersion()));
        return respond(HttpStatus.OK, outcome.result().version(), outcome).body(outcome.result());
    }

    /** A command that creates an appeal; the caller answers 201 with the receipt. */
    <R> IdempotentCommands.Outcome<R> create(String operation, Object body, CommandContext context, Class<R> type,
                                            Supplier<R> steps) {
        return idempotent.run(context.idempotencyKey(), operation, body, type, steps);
    }

    static ResponseEntity.BodyBuilder respond(HttpStatus status, long version, IdempotentCommands.Outcome<?> outcome) {
        return ResponseEntity.status(status)
                .header(HttpHeaders.ETAG, CommandContextResolver.etag(version))
                .header(REPLAYED, Boolean.toString(outcome.replayed()));
    }

    <R> R send(Object command, Actor actor) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .withMetaData(ActorMetaData.of(actor)));
    }
}
