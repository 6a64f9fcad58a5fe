package kz.appeals.command.web;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import kz.appeals.command.domain.ActorMetaData;
import kz.appeals.command.application.FilingReceipt;
import kz.appeals.command.domain.FileAppeal;
import kz.appeals.command.infra.IdempotentCommands;
import kz.appeals.events.Actor;

@RestController
@RequestMapping("/api/appeals")
class AppealController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final CommandGateway commands;
    private final IdempotentCommands idempotent;
    private final AppealRequestMapper mapper;
    private final ActorResolver actors;
    private final Clock clock;

    AppealController(CommandGateway commands, IdempotentCommands idempotent, AppealRequestMapper mapper,
                     ActorResolver actors, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.mapper = mapper;
        this.actors = actors;
        this.clock = clock;
    }

    @Operation(summary = "File an appeal (APPC arts. 63-64)",
            description = "Accepts, registers and returns the talon: number, registration day (art. 64(3)) and the "
                    + "review due date with its explanation. A retry with the same Idempotency-Key returns the "
                    + "first receipt and creates nothing.")
    @ApiResponse(responseCode = "201", description = "Filed and registered")
    @ApiResponse(responseCode = "400", description = "Invalid request; every bad field is listed")
    @ApiResponse(responseCode = "422", description = "A rule of the Code or the calendar refuses it")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FilingReceipt> file(
            @Valid @RequestBody FileAppealRequest body,
            @Parameter(description = "Makes retries safe: the same key and body return the first receipt")
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            HttpServletRequest http) {
        Actor actor = actors.resolve(http);
        IdempotentCommands.Outcome<FilingReceipt> outcome = idempotent.run(idempotencyKey, "file-appeal", body,
                FilingReceipt.class, () -> {
                    Instant received = body.receivedAt() == null ? clock.instant() : body.receivedAt().toInstant();
                    FileAppeal command = mapper.toCommand(body, UUID.randomUUID().toString(), received);
                    return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                            .withMetaData(ActorMetaData.of(actor)));
                });
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(REPLAYED, Boolean.toString(outcome.replayed()))
                .body(outcome.result());
    }
}
