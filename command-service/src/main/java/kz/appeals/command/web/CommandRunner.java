package kz.appeals.command.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import kz.appeals.command.application.AppealSteps;
import kz.appeals.command.application.Caller;
import kz.appeals.command.application.CommandAccess;
import kz.appeals.command.infra.IdempotentCommands;
import kz.appeals.security.AccessGuard;

/**
 * Runs one request's commands in one transaction under its Idempotency-Key (a retry replays the first answer and
 * creates nothing), once {@link CommandAccess} has allowed the verified caller the action on the appeal, with the
 * caller as metadata, and answers with the appeal's new version as {@code ETag}. A refusal rolls the transaction back:
 * not even the key is kept.
 */
@Component
class CommandRunner {

    static final String REPLAYED = "Idempotent-Replayed";

    /** The request as hashed for idempotency: the same key with another appeal, version or body is refused. */
    private record Keyed(String appealId, Long expectedVersion, Object body) {
    }

    private final AppealSteps steps;
    private final IdempotentCommands idempotent;
    private final CommandAccess access;
    private final AccessGuard guard;

    CommandRunner(AppealSteps steps, IdempotentCommands idempotent, CommandAccess access, AccessGuard guard) {
        this.steps = steps;
        this.idempotent = idempotent;
        this.access = access;
        this.guard = guard;
    }

    /** One command on the appeal, built for the version the client expects. */
    ResponseEntity<ActionResult> run(String appealId, String action, Object body, CommandContext context,
                                     Function<Long, Object> command) {
        return runAll(appealId, action, body, context,
                (version, caller) -> ActionResult.of(send(command.apply(version), caller)));
    }

    /**
     * Several commands in one transaction (a partial redirect and its child appeal, the complaint sent back and its
     * challenged appeal), all under the one decision on {@code action} for this appeal.
     */
    ResponseEntity<ActionResult> runAll(String appealId, String action, Object body, CommandContext context,
                                        BiFunction<Long, Caller, ActionResult> steps) {
        IdempotentCommands.Outcome<ActionResult> outcome = idempotent.run(callersKey(context), action,
                new Keyed(appealId, context.expectedVersion(), body), ActionResult.class,
                () -> access.onAppeal(action, appealId, caller -> steps.apply(context.expectedVersion(), caller)));
        return respond(HttpStatus.OK, outcome.result().version(), outcome).body(outcome.result());
    }

    /** A command that creates an appeal; {@code steps} ask {@link CommandAccess}, the caller answers 201. */
    <R> IdempotentCommands.Outcome<R> create(String operation, Object body, CommandContext context, Class<R> type,
                                            Supplier<R> steps) {
        return idempotent.run(callersKey(context), operation, body, type, steps);
    }

    static ResponseEntity.BodyBuilder respond(HttpStatus status, long version, IdempotentCommands.Outcome<?> outcome) {
        return ResponseEntity.status(status)
                .header(HttpHeaders.ETAG, CommandContextResolver.etag(version))
                .header(REPLAYED, Boolean.toString(outcome.replayed()));
    }

    <R> R send(Object command, Caller caller) {
        return steps.send(command, caller);
    }

    /**
     * Keys are the caller's own: another user sending the same key neither replays this caller's answer nor is
     * blocked by it. The subject is hashed so the stored key stays short and names nobody.
     */
    private String callersKey(CommandContext context) {
        if (context.idempotencyKey() == null) {
            return null;
        }
        try {
            String subject = Objects.requireNonNullElse(guard.current().subject(), "");
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8) + ":" + context.idempotencyKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
