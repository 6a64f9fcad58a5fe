package kz.appeals.command.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * Bodies of the steps beside the stages (issue 12): execution of the act (art. 86(3)), access to the case file (arts.
 * 75(1), 98(5)), the hearing protocol (art. 74) and recusal (art. 67).
 */
final class ProcedureStepRequests {

    private ProcedureStepRequests() {
    }

    record ActExecutionRequest(@NotBlank @Size(max = 5000) String report) {
    }

    record CaseFileAccessRequest(@Size(max = 2000) String scope) {
    }

    record CaseFileGrantRequest(@NotBlank @Size(max = 2000) String means, @Size(max = 5000) String withheld) {
    }

    /** The signature itself is the step; the signing official is the caller. */
    record ProtocolSignatureRequest() {
    }

    record ProtocolRemarksRequest(@NotBlank @Size(max = 20000) String remarks, @PastOrPresent LocalDate readOn) {
    }

    record RemarksDecisionRequest(boolean accepted, @Size(max = 5000) String reasons) {
    }

    record RecusalRequest(@NotBlank @Size(max = 200) String officialId, @NotBlank @Size(max = 5000) String grounds) {
    }

    record RecusalDecisionRequest(boolean granted, @Size(max = 5000) String reasons) {
    }
}
