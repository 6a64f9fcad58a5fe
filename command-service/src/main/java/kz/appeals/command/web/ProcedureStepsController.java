package kz.appeals.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import kz.appeals.command.domain.casefile.GrantCaseFileAccess;
import kz.appeals.command.domain.casefile.RequestCaseFileAccess;
import kz.appeals.command.domain.consideration.DecideProtocolRemarks;
import kz.appeals.command.domain.consideration.SignHearingProtocol;
import kz.appeals.command.domain.consideration.SubmitProtocolRemarks;
import kz.appeals.command.domain.decision.RecordActExecution;
import kz.appeals.command.domain.recusal.DecideRecusal;
import kz.appeals.command.domain.recusal.RequestRecusal;
import kz.appeals.command.web.ProcedureStepRequests.ActExecutionRequest;
import kz.appeals.command.web.ProcedureStepRequests.CaseFileAccessRequest;
import kz.appeals.command.web.ProcedureStepRequests.CaseFileGrantRequest;
import kz.appeals.command.web.ProcedureStepRequests.ProtocolRemarksRequest;
import kz.appeals.command.web.ProcedureStepRequests.ProtocolSignatureRequest;
import kz.appeals.command.web.ProcedureStepRequests.RecusalDecisionRequest;
import kz.appeals.command.web.ProcedureStepRequests.RecusalRequest;
import kz.appeals.command.web.ProcedureStepRequests.RemarksDecisionRequest;

/**
 * The steps beside the stages (issue 12), one {@code POST /api/appeals/{appealId}/<step>} each, under the same
 * idempotency, If-Match and ETag rules as every other step: execution of the act (art. 86(3)), access to the case
 * file (arts. 75(1), 98(5)), the hearing protocol (art. 74) and recusal (art. 67).
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
class ProcedureStepsController {

    private final CommandRunner runner;

    ProcedureStepsController(CommandRunner runner) {
        this.runner = runner;
    }

    @Operation(summary = "Record the execution of the administrative act (APPC art. 86(3), 5 working days or the "
            + "period the act states)")
    @PostMapping("/act/executed")
    ResponseEntity<ActionResult> actExecuted(@PathVariable String appealId,
                                             @Valid @RequestBody ActExecutionRequest body, CommandContext context) {
        return runner.run(appealId, "appeal.act-execution", body, context,
                version -> new RecordActExecution(appealId, version, body.report()));
    }

    @Operation(summary = "Ask to see the case file (APPC arts. 75(1), 98(5)); access is due within 3 working days")
    @PostMapping("/case-file/access-requests")
    ResponseEntity<ActionResult> requestAccess(@PathVariable String appealId,
                                               @Valid @RequestBody CaseFileAccessRequest body,
                                               CommandContext context) {
        return runner.run(appealId, "appeal.case-file-request", body, context,
                version -> new RequestCaseFileAccess(appealId, version, body.scope()));
    }

    @Operation(summary = "Record that access to the case file was given (APPC art. 75(1))")
    @PostMapping("/case-file/access-granted")
    ResponseEntity<ActionResult> grantAccess(@PathVariable String appealId,
                                             @Valid @RequestBody CaseFileGrantRequest body, CommandContext context) {
        return runner.run(appealId, "appeal.case-file-grant", body, context,
                version -> new GrantCaseFileAccess(appealId, version, body.means(), body.withheld()));
    }

    @Operation(summary = "Sign the protocol of the oral hearing (APPC art. 74, within 2 working days)")
    @PostMapping("/hearing/protocol/signed")
    ResponseEntity<ActionResult> signProtocol(@PathVariable String appealId,
                                              @Valid @RequestBody ProtocolSignatureRequest body,
                                              CommandContext context) {
        return runner.run(appealId, "appeal.protocol-sign", body, context,
                version -> new SignHearingProtocol(appealId, version));
    }

    @Operation(summary = "Make remarks on the hearing protocol (APPC art. 74, within 3 working days of reading it)")
    @PostMapping("/hearing/protocol/remarks")
    ResponseEntity<ActionResult> remarks(@PathVariable String appealId,
                                         @Valid @RequestBody ProtocolRemarksRequest body, CommandContext context) {
        return runner.run(appealId, "appeal.protocol-remarks", body, context,
                version -> new SubmitProtocolRemarks(appealId, version, body.remarks(), body.readOn()));
    }

    @Operation(summary = "The chair's decision on the remarks on the hearing protocol (APPC art. 74)")
    @PostMapping("/hearing/protocol/remarks-decision")
    ResponseEntity<ActionResult> remarksDecision(@PathVariable String appealId,
                                                 @Valid @RequestBody RemarksDecisionRequest body,
                                                 CommandContext context) {
        return runner.run(appealId, "appeal.protocol-remarks-decision", body, context,
                version -> new DecideProtocolRemarks(appealId, version, body.accepted(), body.reasons()));
    }

    @Operation(summary = "Ask for the recusal of an official, or recuse oneself (APPC art. 67); decided within 3 "
            + "working days")
    @PostMapping("/recusal")
    ResponseEntity<ActionResult> recusal(@PathVariable String appealId, @Valid @RequestBody RecusalRequest body,
                                         CommandContext context) {
        return runner.run(appealId, "appeal.recusal-request", body, context,
                version -> new RequestRecusal(appealId, version, body.officialId(), body.grounds()));
    }

    @Operation(summary = "The superior official's decision on recusal (APPC art. 67); notice within 2 working days")
    @PostMapping("/recusal/decision")
    ResponseEntity<ActionResult> recusalDecision(@PathVariable String appealId,
                                                 @Valid @RequestBody RecusalDecisionRequest body,
                                                 CommandContext context) {
        return runner.run(appealId, "appeal.recusal-decision", body, context,
                version -> new DecideRecusal(appealId, version, body.granted(), body.reasons()));
    }
}
