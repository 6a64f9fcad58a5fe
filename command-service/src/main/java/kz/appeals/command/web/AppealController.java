package kz.appeals.command.web;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import kz.appeals.command.application.CommandAccess;
import kz.appeals.command.application.FilingReceipt;
import kz.appeals.command.domain.intake.FileAppeal;
import kz.appeals.command.infra.IdempotentCommands;

@RestController
@RequestMapping("/api/appeals")
class AppealController {

    private final CommandRunner runner;
    private final CommandAccess access;
    private final AppealRequestMapper mapper;
    private final Clock clock;

    AppealController(CommandRunner runner, CommandAccess access, AppealRequestMapper mapper, Clock clock) {
        this.runner = runner;
        this.access = access;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Operation(summary = "File an appeal (APPC arts. 63-64)",
            description = "Accepts, registers and returns the talon: number, registration day (art. 64(3)) and the "
                    + "review due date with its explanation. A retry with the same Idempotency-Key returns the "
                    + "first receipt and creates nothing. The ETag is the new appeal's version.")
    @ApiResponse(responseCode = "201", description = "Filed and registered")
    @ApiResponse(responseCode = "400", description = "Invalid request; every bad field is listed")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "The caller may not file this appeal: a citizen files as applicant "
            + "or member, a registrar only for their own body")
    @ApiResponse(responseCode = "422", description = "A rule of the Code or the calendar refuses it")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FilingReceipt> file(@Valid @RequestBody FileAppealRequest body, CommandContext context) {
        IdempotentCommands.Outcome<FilingReceipt> outcome = runner.create(CommandAccess.FILE, body, context,
                FilingReceipt.class, () -> {
                    Instant received = body.receivedAt() == null ? clock.instant() : body.receivedAt().toInstant();
                    FileAppeal command = mapper.toCommand(body, UUID.randomUUID().toString(), received);
                    return access.filing(command.addressee(), command.applicant(), command.members(),
                            caller -> runner.send(command, caller));
                });
        return CommandRunner.respond(HttpStatus.CREATED, outcome.result().version(), outcome).body(outcome.result());
    }
}
