package kz.appeals.command.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import kz.appeals.command.application.AppealSteps;
import kz.appeals.command.application.CommandAccess;
import kz.appeals.command.application.FilingReceipt;
import kz.appeals.command.domain.CommandAck;
import kz.appeals.command.domain.complaint.DecideComplaint;
import kz.appeals.command.domain.complaint.ForwardComplaint;
import kz.appeals.command.domain.complaint.RecordComplaintRefiling;
import kz.appeals.command.domain.complaint.RestoreComplaintFilingPeriod;
import kz.appeals.command.domain.complaint.SatisfyComplaint;
import kz.appeals.command.domain.consideration.RecordHearing;
import kz.appeals.command.domain.consideration.RecordObjections;
import kz.appeals.command.domain.consideration.SendPreliminaryDecision;
import kz.appeals.command.domain.consideration.SkipHearing;
import kz.appeals.command.domain.court.FileLawsuit;
import kz.appeals.command.domain.court.ImposeCourtPenalty;
import kz.appeals.command.domain.court.RecordCourtDecision;
import kz.appeals.command.domain.court.RecordCourtDecisionExecution;
import kz.appeals.command.domain.court.SendCourtDecisionForExecution;
import kz.appeals.command.domain.decision.Delivery;
import kz.appeals.command.domain.decision.GiveSimplifiedAnswer;
import kz.appeals.command.domain.decision.IssueAdministrativeAct;
import kz.appeals.command.domain.decision.LeaveWithoutConsideration;
import kz.appeals.command.domain.decision.RecordDelivery;
import kz.appeals.command.domain.decision.StateSuspensionException;
import kz.appeals.command.domain.decision.TerminateProcedure;
import kz.appeals.command.domain.intake.AssignExecutor;
import kz.appeals.command.domain.intake.AttachRepeatedAppeal;
import kz.appeals.command.domain.intake.CorrectDefects;
import kz.appeals.command.domain.intake.FileComplaint;
import kz.appeals.command.domain.intake.JoinAppeal;
import kz.appeals.command.domain.intake.IdentifyRepeatedAppeal;
import kz.appeals.command.domain.intake.RequestDefectCorrection;
import kz.appeals.command.domain.intake.ReturnAppeal;
import kz.appeals.command.domain.intake.WithdrawAppeal;
import kz.appeals.command.infra.IdempotentCommands;
import kz.appeals.command.web.ActionRequests.ActRequest;
import kz.appeals.command.web.ActionRequests.AssignRequest;
import kz.appeals.command.web.ActionRequests.AttachRequest;
import kz.appeals.command.web.ActionRequests.CaseSentBackRequest;
import kz.appeals.command.web.ActionRequests.ComplaintDecisionRequest;
import kz.appeals.command.web.ActionRequests.ComplaintRequest;
import kz.appeals.command.web.ActionRequests.CorrectionRequest;
import kz.appeals.command.web.ActionRequests.CourtDecisionRequest;
import kz.appeals.command.web.ActionRequests.DefectsRequest;
import kz.appeals.command.web.ActionRequests.DeliveriesRequest;
import kz.appeals.command.web.ActionRequests.ExecutionRequest;
import kz.appeals.command.web.ActionRequests.ExtendRequest;
import kz.appeals.command.web.ActionRequests.ForwardRequest;
import kz.appeals.command.web.ActionRequests.HearingRequest;
import kz.appeals.command.web.ActionRequests.HearingSkippedRequest;
import kz.appeals.command.web.ActionRequests.JoinRequest;
import kz.appeals.command.web.ActionRequests.LawsuitRequest;
import kz.appeals.command.web.ActionRequests.LeaveRequest;
import kz.appeals.command.web.ActionRequests.ObjectionsRequest;
import kz.appeals.command.web.ActionRequests.PenaltyRequest;
import kz.appeals.command.web.ActionRequests.PreliminaryDecisionRequest;
import kz.appeals.command.web.ActionRequests.RedirectRequest;
import kz.appeals.command.web.ActionRequests.RefilingRequest;
import kz.appeals.command.web.ActionRequests.RepeatRequest;
import kz.appeals.command.web.ActionRequests.RestorationRequest;
import kz.appeals.command.web.ActionRequests.ReturnRequest;
import kz.appeals.command.web.ActionRequests.SatisfyRequest;
import kz.appeals.command.web.ActionRequests.SentForExecutionRequest;
import kz.appeals.command.web.ActionRequests.SimplifiedAnswerRequest;
import kz.appeals.command.web.ActionRequests.SuspensionExceptionRequest;
import kz.appeals.command.web.ActionRequests.TerminateRequest;
import kz.appeals.command.web.ActionRequests.WithdrawRequest;
import kz.appeals.events.ActNature;
import kz.appeals.events.ActOutcome;
import kz.appeals.events.Addressee;
import kz.appeals.events.AppealForm;
import kz.appeals.events.Channel;
import kz.appeals.events.ComplaintOutcome;
import kz.appeals.events.ComplaintRoute;
import kz.appeals.events.CourtOutcome;
import kz.appeals.events.DeliveredDocument;
import kz.appeals.events.DeliveryChannel;
import kz.appeals.events.Language;
import kz.appeals.events.HearingSkipReason;
import kz.appeals.events.LeaveWithoutConsiderationGround;
import kz.appeals.events.Party;
import kz.appeals.events.ReturnGround;
import kz.appeals.events.SimplifiedOutcome;
import kz.appeals.events.TerminationGround;

/**
 * Every step of an appeal's procedure after filing, one {@code POST /api/appeals/{appealId}/<action>} each. All take
 * {@code Idempotency-Key} and {@code If-Match} (the appeal's version; a stale one is 409) and answer with the new
 * version as {@code ETag}. A step the Code forbids is 409 (not at this stage) or 422 (not at all), naming the article.
 */
@RestController
@RequestMapping(path = "/api/appeals/{appealId}", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
@ApiResponse(responseCode = "200", description = "Done; ETag is the appeal's new version")
@ApiResponse(responseCode = "400", description = "Invalid request; every bad field is listed")
@ApiResponse(responseCode = "401", description = "No valid bearer token")
@ApiResponse(responseCode = "403", description = "The authorization matrix refuses the caller this step on this appeal")
@ApiResponse(responseCode = "404", description = "No such appeal")
@ApiResponse(responseCode = "409", description = "Stale If-Match version, or the step does not fit the appeal's stage")
@ApiResponse(responseCode = "422", description = "The Code forbids the step; the problem names the article")
class AppealActionsController {

    private final CommandRunner runner;
    private final AppealSteps steps;
    private final CommandAccess access;
    private final AppealRequestMapper mapper;
    private final Clock clock;

    AppealActionsController(CommandRunner runner, AppealSteps steps, CommandAccess access, AppealRequestMapper mapper,
                            Clock clock) {
        this.runner = runner;
        this.steps = steps;
        this.access = access;
        this.mapper = mapper;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- intake

    @Operation(summary = "Ask the applicant to fix defects by a date (APPC art. 64(6)); the review period pauses")
    @PostMapping("/defects")
    ResponseEntity<ActionResult> requestCorrection(@PathVariable String appealId,
                                                   @Valid @RequestBody DefectsRequest body, CommandContext context) {
        return runner.run(appealId, "appeal.defects", body, context,
                version -> new RequestDefectCorrection(appealId, version, body.defects(), body.fixBy()));
    }

    @Operation(summary = "Record that the defects were fixed (APPC art. 64(6)); the review period moves on")
    @PostMapping("/defects/corrected")
    ResponseEntity<ActionResult> correct(@PathVariable String appealId, @Valid @RequestBody CorrectionRequest body,
                                         CommandContext context) {
        return runner.run(appealId, "appeal.defects-corrected", body, context,
                version -> new CorrectDefects(appealId, version, body.description()));
    }

    @Operation(summary = "Return the appeal with reasons (APPC art. 64(7)); never a report of a crime (64(7-2))")
    @PostMapping("/return")
    ResponseEntity<ActionResult> returnAppeal(@PathVariable String appealId, @Valid @RequestBody ReturnRequest body,
                                              CommandContext context) {
        return runner.run(appealId, "appeal.return", body, context, version -> new ReturnAppeal(appealId, version,
                ReturnGround.valueOf(body.ground()), body.reasons(), body.reportsCrimeOrThreat()));
    }

    @Operation(summary = "Attach a repeated appeal to the earlier case without an answer (APPC art. 64(8))")
    @PostMapping("/attach-to")
    ResponseEntity<ActionResult> attach(@PathVariable String appealId, @Valid @RequestBody AttachRequest body,
                                        CommandContext context) {
        return runner.run(appealId, "appeal.attach", body, context,
                version -> new AttachRepeatedAppeal(appealId, version, body.earlierAppealId(), body.reason()));
    }

    @Operation(summary = "Find the appeal a repeat of an earlier one of the same applicant at the same body "
            + "(APPC arts. 64(7)(2), 64(8), 70(1)(1), 70(5))",
            description = "With nothing new: returned within 3 working days of registration if the earlier procedure "
                    + "was terminated, attached if the earlier one was returned as a repeat, terminated (notice in 3 "
                    + "working days) if the matter was decided; with new arguments, considered as a new appeal.")
    @PostMapping("/repeat-of")
    ResponseEntity<ActionResult> repeatOf(@PathVariable String appealId, @Valid @RequestBody RepeatRequest body,
                                          CommandContext context) {
        return runner.run(appealId, "appeal.attach", body, context, version -> new IdentifyRepeatedAppeal(appealId,
                version, body.earlierAppealId(), body.newArguments(), body.reasons()));
    }

    @Operation(summary = "Withdraw the appeal in writing before the decision (APPC art. 64(9))")
    @PostMapping("/withdraw")
    ResponseEntity<ActionResult> withdraw(@PathVariable String appealId, @Valid @RequestBody WithdrawRequest body,
                                          CommandContext context) {
        return runner.run(appealId, CommandAccess.WITHDRAW, body, context,
                version -> new WithdrawAppeal(appealId, version, body.statement()));
    }

    @Operation(summary = "An interested person joins the procedure under way as a member (APPC art. 22(1))",
            description = "Until the decision; the person is then delivered every notice and the act like the members "
                    + "listed at filing. A person without IIN/BIN may join (art. 63(2)(1)); one naming nobody may not.")
    @PostMapping("/members")
    ResponseEntity<ActionResult> join(@PathVariable String appealId, @Valid @RequestBody JoinRequest body,
                                      CommandContext context) {
        return runner.run(appealId, "appeal.join", body, context,
                version -> new JoinAppeal(appealId, version, mapper.toParty(body.member())));
    }

    // ---------------------------------------------------------------- routing

    @Operation(summary = "Redirect the appeal, or a part of it, to the competent body (APPC art. 65, 76(2))",
            description = "Without 'part' the whole appeal goes and its review period restarts the day after it "
                    + "arrives. With 'part' only that part goes, as a child appeal with its own talon and clock; its "
                    + "receipt is in 'created'.")
    @PostMapping("/redirect")
    ResponseEntity<ActionResult> redirect(@PathVariable String appealId, @Valid @RequestBody RedirectRequest body,
                                          CommandContext context) {
        Addressee to = new Addressee(body.to().bodyId(), body.to().name());
        return runner.runAll(appealId, "appeal.redirect", body, context, (version, caller) -> {
            AppealSteps.Redirected redirected = steps.redirect(appealId, version, to, body.reason(), body.arrivesOn(),
                    body.part(), caller);
            CommandAck appeal = redirected.appeal();
            return new ActionResult(appeal.appealId(), appeal.version(), appeal.state(), redirected.part());
        });
    }

    @Operation(summary = "Put an executor and co-executors of the body in charge; again to reassign")
    @PostMapping("/assign")
    ResponseEntity<ActionResult> assign(@PathVariable String appealId, @Valid @RequestBody AssignRequest body,
                                        CommandContext context) {
        return runner.run(appealId, "appeal.assign", body, context, version -> new AssignExecutor(appealId, version,
                body.bodyId(), body.executorId(), body.coExecutors() == null ? List.of() : body.coExecutors()));
    }

    // ---------------------------------------------------------------- consideration

    @Operation(summary = "Extend the review period by a motivated decision (APPC art. 76(3); never a complaint, art. 99)")
    @PostMapping("/extend")
    ResponseEntity<ActionResult> extend(@PathVariable String appealId, @Valid @RequestBody ExtendRequest body,
                                        CommandContext context) {
        return runner.runAll(appealId, "appeal.extend", body, context, (version, caller) -> ActionResult.of(
                steps.extend(appealId, version, body.decidedByPosition(), body.motivation(), body.newDueDate(),
                        caller)));
    }

    @Operation(summary = "Send the preliminary decision to the participant (APPC art. 73)")
    @PostMapping("/preliminary-decision")
    ResponseEntity<ActionResult> preliminaryDecision(@PathVariable String appealId,
                                                     @Valid @RequestBody PreliminaryDecisionRequest body,
                                                     CommandContext context) {
        return runner.run(appealId, "appeal.preliminary-decision", body, context, version -> new SendPreliminaryDecision(
                appealId, version, ActNature.valueOf(body.nature()), body.summary(), body.receivedOn()));
    }

    @Operation(summary = "Record objections and a request for an oral hearing (APPC art. 73, within 2 working days)")
    @PostMapping("/objections")
    ResponseEntity<ActionResult> objections(@PathVariable String appealId, @Valid @RequestBody ObjectionsRequest body,
                                            CommandContext context) {
        return runner.run(appealId, "appeal.objections", body, context, version -> new RecordObjections(appealId, version,
                body.objections(), body.oralHearingRequested(), body.receivedOn()));
    }

    @Operation(summary = "Record the hearing (APPC arts. 73-74)")
    @PostMapping("/hearing")
    ResponseEntity<ActionResult> hearing(@PathVariable String appealId, @Valid @RequestBody HearingRequest body,
                                         CommandContext context) {
        return runner.run(appealId, "appeal.hearing", body, context, version -> new RecordHearing(appealId, version,
                body.heldOn(), body.oral(), body.participants(), body.protocolSummary()));
    }

    @Operation(summary = "Record the statutory reason the hearing is not held (APPC art. 73)")
    @PostMapping("/hearing-skipped")
    ResponseEntity<ActionResult> hearingSkipped(@PathVariable String appealId,
                                                @Valid @RequestBody HearingSkippedRequest body,
                                                CommandContext context) {
        return runner.run(appealId, "appeal.hearing-skipped", body, context, version -> new SkipHearing(appealId, version,
                HearingSkipReason.valueOf(body.reason()), body.details()));
    }

    // ---------------------------------------------------------------- decisions

    @Operation(summary = "Issue the administrative act, naming the complaint body, period and route (APPC arts. 77-80)")
    @PostMapping("/act")
    ResponseEntity<ActionResult> act(@PathVariable String appealId, @Valid @RequestBody ActRequest body,
                                     CommandContext context) {
        ComplaintRoute route = new ComplaintRoute(body.route().bodyId(), body.route().bodyName(), body.route().court(),
                body.route().period(), body.route().procedure());
        return runner.run(appealId, "appeal.act", body, context, version -> new IssueAdministrativeAct(appealId, version,
                UUID.randomUUID().toString(), body.actNumber(), ActNature.valueOf(body.nature()),
                ActOutcome.valueOf(body.outcome()), body.summary(), route, language(body.language()),
                body.executeBy()));
    }

    @Operation(summary = "State in the act that a complaint does not suspend its execution (APPC art. 96)",
            description = "On the day the act is adopted, before any complaint: the case of the exception and its "
                    + "reasons.")
    @PostMapping("/suspension-exception")
    ResponseEntity<ActionResult> suspensionException(@PathVariable String appealId,
                                                     @Valid @RequestBody SuspensionExceptionRequest body,
                                                     CommandContext context) {
        return runner.run(appealId, "appeal.act", body, context,
                version -> new StateSuspensionException(appealId, version, body.exception(), body.reasons()));
    }

    @Operation(summary = "Answer in the simplified procedure, or take note (APPC arts. 88-89)")
    @PostMapping("/simplified-answer")
    ResponseEntity<ActionResult> simplifiedAnswer(@PathVariable String appealId,
                                                  @Valid @RequestBody SimplifiedAnswerRequest body,
                                                  CommandContext context) {
        return runner.run(appealId, "appeal.simplified-answer", body, context, version -> new GiveSimplifiedAnswer(appealId,
                version, SimplifiedOutcome.valueOf(body.outcome()), body.answer(),
                body.lawsCited() == null ? List.of() : body.lawsCited(), language(body.language())));
    }

    private static Language language(String name) {
        return name == null ? null : Language.valueOf(name);
    }

    @Operation(summary = "Terminate the procedure (APPC art. 70, notice within 3 working days; art. 88(1))")
    @PostMapping("/terminate")
    ResponseEntity<ActionResult> terminate(@PathVariable String appealId, @Valid @RequestBody TerminateRequest body,
                                           CommandContext context) {
        return runner.run(appealId, "appeal.terminate", body, context, version -> new TerminateProcedure(appealId, version,
                TerminationGround.valueOf(body.ground()), body.reasons()));
    }

    @Operation(summary = "Leave a complaint without consideration (APPC arts. 95, 100(1))")
    @PostMapping("/leave-without-consideration")
    ResponseEntity<ActionResult> leave(@PathVariable String appealId, @Valid @RequestBody LeaveRequest body,
                                       CommandContext context) {
        return runner.run(appealId, "appeal.leave-without-consideration", body, context,
                version -> new LeaveWithoutConsideration(appealId, version,
                        LeaveWithoutConsiderationGround.valueOf(body.ground()), body.reasons()));
    }

    @Operation(summary = "Record deliveries of a decision or notice (APPC art. 66(2)); collective: everyone")
    @PostMapping("/deliveries")
    ResponseEntity<ActionResult> deliveries(@PathVariable String appealId, @Valid @RequestBody DeliveriesRequest body,
                                            CommandContext context) {
        List<Delivery> deliveries = body.deliveries().stream().map(d -> new Delivery(d.recipientId(),
                DeliveryChannel.valueOf(d.channel()), d.deliveredAt().toInstant(), d.proof())).toList();
        return runner.run(appealId, "appeal.deliveries", body, context, version -> new RecordDelivery(appealId, version,
                DeliveredDocument.valueOf(body.document()), body.documentRef(), deliveries));
    }

    // ---------------------------------------------------------------- complaint

    @Operation(summary = "File a complaint against this appeal's act, action or inaction (APPC arts. 91-92, 96)",
            description = "Opens a new appeal of kind COMPLAINT at the body whose act is challenged (its receipt is "
                    + "the answer, ETag = its version) and suspends the act's execution. A late complaint is "
                    + "examined, not refused (art. 92(3)).")
    @ApiResponse(responseCode = "201", description = "The complaint is filed and registered")
    @PostMapping("/complaints")
    ResponseEntity<FilingReceipt> complain(@PathVariable String appealId, @Valid @RequestBody ComplaintRequest body,
                                           CommandContext context) {
        IdempotentCommands.Outcome<FilingReceipt> outcome = runner.create(CommandAccess.COMPLAIN + ":" + appealId, body,
                context, FilingReceipt.class, () -> {
                    Instant received = body.receivedAt() == null ? clock.instant() : body.receivedAt().toInstant();
                    Party applicant = mapper.toParty(body.applicant());
                    List<Party> members = body.members() == null ? List.of()
                            : body.members().stream().map(mapper::toParty).toList();
                    return access.complaint(appealId, applicant, members, caller -> steps.fileComplaint(
                            new FileComplaint(UUID.randomUUID().toString(), appealId, body.against(), applicant,
                                    members, body.substance(), AppealForm.valueOf(body.form()),
                                    Channel.valueOf(body.channel()), received, body.learnedOfActOn(),
                                    language(body.language())), caller));
                });
        return CommandRunner.respond(HttpStatus.CREATED, outcome.result().version(), outcome)
                .location(URI.create("/api/appeals/" + outcome.result().appealId())).body(outcome.result());
    }

    @Operation(summary = "Forward the complaint with the case file to the review body (APPC art. 91(4), 3 working days)")
    @PostMapping("/forward")
    ResponseEntity<ActionResult> forward(@PathVariable String appealId, @Valid @RequestBody ForwardRequest body,
                                         CommandContext context) {
        Addressee reviewBody = new Addressee(body.reviewBody().bodyId(), body.reviewBody().name());
        return runner.run(appealId, "appeal.forward", body, context,
                version -> new ForwardComplaint(appealId, version, reviewBody, body.caseFileAttached()));
    }

    @Operation(summary = "The body whose act is challenged satisfies the complaint in full itself (APPC art. 91(4))")
    @PostMapping("/satisfy")
    ResponseEntity<ActionResult> satisfy(@PathVariable String appealId, @Valid @RequestBody SatisfyRequest body,
                                         CommandContext context) {
        return runner.run(appealId, "appeal.satisfy", body, context,
                version -> new SatisfyComplaint(appealId, version, body.decision()));
    }

    @Operation(summary = "Decide the complaint with an outcome of APPC art. 100(1); never by the act's author (97(2))",
            description = "CASE_SENT_BACK starts the review body's 5 working days to send the complaint and the case "
                    + "back (art. 100(2)); a refusal needs both sides heard (art. 98(3)).")
    @PostMapping("/complaint-decision")
    ResponseEntity<ActionResult> decideComplaint(@PathVariable String appealId,
                                                 @Valid @RequestBody ComplaintDecisionRequest body,
                                                 CommandContext context) {
        ComplaintOutcome outcome = ComplaintOutcome.valueOf(body.outcome());
        List<String> violations = body.violations() == null ? List.of() : body.violations();
        return runner.run(appealId, "appeal.complaint-decision", body, context,
                version -> new DecideComplaint(appealId, version, outcome, body.reasons(), violations,
                        language(body.language())));
    }

    @Operation(summary = "Restore the missed period to file the complaint for a good reason (APPC art. 92(2))")
    @PostMapping("/filing-period-restored")
    ResponseEntity<ActionResult> restoreFilingPeriod(@PathVariable String appealId,
                                                     @Valid @RequestBody RestorationRequest body,
                                                     CommandContext context) {
        return runner.run(appealId, "appeal.complaint-decision", body, context,
                version -> new RestoreComplaintFilingPeriod(appealId, version, body.reason()));
    }

    @Operation(summary = "Record that the complaint is filed again after an earlier one was left without "
            + "consideration (APPC art. 95(3))")
    @PostMapping("/refiling-of")
    ResponseEntity<ActionResult> refilingOf(@PathVariable String appealId, @Valid @RequestBody RefilingRequest body,
                                            CommandContext context) {
        return runner.run(appealId, "appeal.attach", body, context,
                version -> new RecordComplaintRefiling(appealId, version, body.earlierComplaintId()));
    }

    @Operation(summary = "The review body sends the complaint and the case back to the challenged body "
            + "(APPC art. 100(2), 5 working days)",
            description = "On the complaint; the challenged appeal is under consideration again.")
    @PostMapping("/case-sent-back")
    ResponseEntity<ActionResult> sendCaseBack(@PathVariable String appealId,
                                              @Valid @RequestBody CaseSentBackRequest body, CommandContext context) {
        return runner.runAll(appealId, "appeal.complaint-decision", body, context, (version, caller) ->
                ActionResult.of(steps.sendCaseBack(appealId, version, body.caseFileAttached(), caller)));
    }

    // ---------------------------------------------------------------- court

    @Operation(summary = "Record a claim filed in court (APPC art. 136, within 1 month)")
    @PostMapping("/lawsuit")
    ResponseEntity<ActionResult> lawsuit(@PathVariable String appealId, @Valid @RequestBody LawsuitRequest body,
                                         CommandContext context) {
        return runner.run(appealId, "appeal.lawsuit", body, context,
                version -> new FileLawsuit(appealId, version, body.court(), body.caseNumber(), body.filedOn()));
    }

    @Operation(summary = "Record the court decision and the day it entered into force")
    @PostMapping("/court-decision")
    ResponseEntity<ActionResult> courtDecision(@PathVariable String appealId,
                                               @Valid @RequestBody CourtDecisionRequest body, CommandContext context) {
        return runner.run(appealId, "appeal.court-decision", body, context, version -> new RecordCourtDecision(appealId,
                version, body.court(), body.caseNumber(), CourtOutcome.valueOf(body.outcome()), body.summary(),
                body.decidedOn(), body.inForceOn()));
    }

    @Operation(summary = "Record that the court decision was sent for execution (APPC art. 171(1), 3 working days)")
    @PostMapping("/court-decision/sent-for-execution")
    ResponseEntity<ActionResult> sentForExecution(@PathVariable String appealId,
                                                  @Valid @RequestBody SentForExecutionRequest body,
                                                  CommandContext context) {
        return runner.run(appealId, "appeal.court-execution", body, context,
                version -> new SendCourtDecisionForExecution(appealId, version, body.sentTo()));
    }

    @Operation(summary = "Record the execution of the court decision (APPC art. 171, 1 month)")
    @PostMapping("/court-decision/executed")
    ResponseEntity<ActionResult> executed(@PathVariable String appealId, @Valid @RequestBody ExecutionRequest body,
                                          CommandContext context) {
        return runner.run(appealId, "appeal.court-execution", body, context,
                version -> new RecordCourtDecisionExecution(appealId, version, body.report()));
    }

    @Operation(summary = "Record the court's penalty for a decision not executed in time and the new period to "
            + "execute it (APPC art. 127, 127(5))")
    @PostMapping("/court-penalty")
    ResponseEntity<ActionResult> penalty(@PathVariable String appealId, @Valid @RequestBody PenaltyRequest body,
                                         CommandContext context) {
        return runner.run(appealId, "appeal.court-penalty", body, context,
                version -> new ImposeCourtPenalty(appealId, version, body.court(), body.amountKzt(), body.reasons(),
                        body.newExecutionDueDate()));
    }
}
