package kz.appeals.command.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import kz.appeals.command.domain.consideration.ExtensionAuthority;
import kz.appeals.events.ActNature;
import kz.appeals.events.ActOutcome;
import kz.appeals.events.AppealForm;
import kz.appeals.events.Channel;
import kz.appeals.events.ComplaintOutcome;
import kz.appeals.events.CourtOutcome;
import kz.appeals.events.DeliveredDocument;
import kz.appeals.events.DeliveryChannel;
import kz.appeals.events.Language;
import kz.appeals.events.HearingSkipReason;
import kz.appeals.events.LeaveWithoutConsiderationGround;
import kz.appeals.events.ReturnGround;
import kz.appeals.events.SimplifiedOutcome;
import kz.appeals.events.TerminationGround;

/**
 * Bodies of {@code POST /api/appeals/{appealId}/<action>}. Enumerations arrive as strings ({@link OneOf}) so that a bad
 * value is listed with every other bad field; what the Code forbids is answered by the aggregate with 409/422.
 */
final class ActionRequests {

    private ActionRequests() {
    }

    record DefectsRequest(@NotEmpty List<@NotBlank @Size(max = 1000) String> defects, @NotNull LocalDate fixBy) {
    }

    record CorrectionRequest(@NotBlank @Size(max = 5000) String description) {
    }

    record ReturnRequest(@NotNull @OneOf(ReturnGround.class) String ground, @NotBlank @Size(max = 5000) String reasons,
                         boolean reportsCrimeOrThreat) {
    }

    record AttachRequest(@NotBlank @Size(max = 64) String earlierAppealId, @NotBlank @Size(max = 5000) String reason) {
    }

    record JoinRequest(@NotNull @Valid PartyRequest member) {
    }

    record RepeatRequest(@NotBlank @Size(max = 64) String earlierAppealId, boolean newArguments,
                         @Size(max = 5000) String reasons) {
    }

    record WithdrawRequest(@NotBlank @Size(max = 5000) String statement) {
    }

    /** Without {@code part} the whole appeal goes; with it, only that part, as a child appeal. */
    record RedirectRequest(@NotNull @Valid FileAppealRequest.AddresseeRequest to,
                           @NotBlank @Size(max = 5000) String reason, @NotNull LocalDate arrivesOn,
                           @Size(max = 20000) String part) {
    }

    record AssignRequest(@NotBlank @Size(max = 100) String bodyId, @NotBlank @Size(max = 100) String executorId,
                         @Size(max = 50) List<@NotBlank @Size(max = 100) String> coExecutors) {
    }

    /** {@code decidedByPosition} may be left out: it is the caller's own role (art. 76(3)); if given it must match. */
    record ExtendRequest(@OneOf(ExtensionAuthority.class) String decidedByPosition,
                         @NotBlank @Size(max = 5000) String motivation, @NotNull LocalDate newDueDate) {
    }

    record PreliminaryDecisionRequest(@NotNull @OneOf(ActNature.class) String nature,
                                      @NotBlank @Size(max = 20000) String summary, LocalDate receivedOn) {
    }

    record ObjectionsRequest(@NotBlank @Size(max = 20000) String objections, boolean oralHearingRequested,
                             LocalDate receivedOn) {
    }

    record HearingRequest(LocalDate heldOn, boolean oral, @Size(max = 100) List<@NotBlank String> participants,
                          @NotBlank @Size(max = 20000) String protocolSummary) {
    }

    record HearingSkippedRequest(@NotNull @OneOf(HearingSkipReason.class) String reason,
                                 @Size(max = 5000) String details) {
    }

    record RouteRequest(@Size(max = 100) String bodyId, @Size(max = 500) String bodyName,
                        @Size(max = 500) String court, @Size(max = 200) String period,
                        @Size(max = 2000) String procedure) {
    }

    record ActRequest(@NotBlank @Size(max = 100) String actNumber, @NotNull @OneOf(ActNature.class) String nature,
                      @NotNull @OneOf(ActOutcome.class) String outcome, @NotBlank @Size(max = 20000) String summary,
                      @NotNull @Valid RouteRequest route, @OneOf(Language.class) String language,
                      LocalDate executeBy) {
    }

    record SimplifiedAnswerRequest(@NotNull @OneOf(SimplifiedOutcome.class) String outcome,
                                   @NotBlank @Size(max = 20000) String answer,
                                   @Size(max = 50) List<@NotBlank @Size(max = 500) String> lawsCited,
                                   @OneOf(Language.class) String language) {
    }

    record TerminateRequest(@NotNull @OneOf(TerminationGround.class) String ground,
                            @NotBlank @Size(max = 5000) String reasons) {
    }

    record LeaveRequest(@NotNull @OneOf(LeaveWithoutConsiderationGround.class) String ground,
                        @NotBlank @Size(max = 5000) String reasons) {
    }

    record DeliveryRequest(@NotBlank @Size(max = 12) String recipientId,
                           @NotNull @OneOf(DeliveryChannel.class) String channel,
                           @NotNull @PastOrPresent OffsetDateTime deliveredAt, @NotBlank @Size(max = 2000) String proof) {
    }

    record DeliveriesRequest(@NotNull @OneOf(DeliveredDocument.class) String document,
                             @Size(max = 100) String documentRef,
                             @NotEmpty @Size(max = 10001) List<@NotNull @Valid DeliveryRequest> deliveries) {
    }

    record ComplaintRequest(@NotNull @Pattern(regexp = "ACT|ACTION|INACTION") String against,
                            @NotNull @Valid PartyRequest applicant,
                            @Size(max = 10000) List<@NotNull @Valid PartyRequest> members,
                            @NotBlank @Size(max = 20000) String substance,
                            @NotNull @OneOf(AppealForm.class) String form,
                            @NotNull @OneOf(Channel.class) String channel,
                            @PastOrPresent OffsetDateTime receivedAt, LocalDate learnedOfActOn,
                            @OneOf(Language.class) String language) {
    }

    record ForwardRequest(@NotNull @Valid FileAppealRequest.AddresseeRequest reviewBody, boolean caseFileAttached) {
    }

    record SatisfyRequest(@NotBlank @Size(max = 20000) String decision) {
    }

    record ComplaintDecisionRequest(@NotNull @OneOf(ComplaintOutcome.class) String outcome,
                                    @Size(max = 20000) String reasons,
                                    @Size(max = 100) List<@NotBlank @Size(max = 2000) String> violations,
                                    @OneOf(Language.class) String language) {
    }

    record CaseSentBackRequest(boolean caseFileAttached) {
    }

    record RestorationRequest(@NotBlank @Size(max = 5000) String reason) {
    }

    record RefilingRequest(@NotBlank @Size(max = 64) String earlierComplaintId) {
    }

    record SuspensionExceptionRequest(@NotBlank @Size(max = 500) String exception,
                                      @NotBlank @Size(max = 5000) String reasons) {
    }

    record LawsuitRequest(@NotBlank @Size(max = 500) String court, @Size(max = 100) String caseNumber,
                          LocalDate filedOn) {
    }

    record CourtDecisionRequest(@NotBlank @Size(max = 500) String court, @Size(max = 100) String caseNumber,
                                @NotNull @OneOf(CourtOutcome.class) String outcome, @Size(max = 20000) String summary,
                                @NotNull LocalDate decidedOn, @NotNull LocalDate inForceOn) {
    }

    record SentForExecutionRequest(@NotBlank @Size(max = 500) String sentTo) {
    }

    record ExecutionRequest(@NotBlank @Size(max = 20000) String report) {
    }

    record PenaltyRequest(@NotBlank @Size(max = 500) String court, @Positive long amountKzt,
                          @NotBlank @Size(max = 5000) String reasons, @NotNull LocalDate newExecutionDueDate) {
    }
}
