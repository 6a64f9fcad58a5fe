package kz.appeals.query.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import kz.appeals.clock.ExplanationStep;
import kz.appeals.query.api.ExplanationJson;
import kz.appeals.query.access.PersonalDataPolicy.Redaction;

/**
 * One appeal as an agency reads it; {@code version} is the sequence of the newest event applied and
 * {@code workingDaysLeft} counts to the review due date from today (negative when overdue, absent once decided).
 * {@code reviewBodyId} is the body a complaint was forwarded to for review. {@code applicantIdNumber} is shown as the
 * {@link kz.appeals.query.access.PersonalDataPolicy} allows the caller (masked in every list). {@code explanation}, how
 * the due date was computed, is in the detail only (the stored JSON as it is): lists read summary columns and answer
 * null (issue 13 item 6).
 */
public record AppealView(
        String appealId,
        String registrationNumber,
        String kind,
        String state,
        String bodyId,
        String bodyName,
        String reviewBodyId,
        String applicantType,
        String applicantIdNumber,
        String applicantName,
        boolean collective,
        int memberCount,
        String form,
        String channel,
        Instant receivedAt,
        LocalDate registeredOn,
        LocalDate reviewStartsOn,
        LocalDate dueDate,
        Integer workingDaysLeft,
        String period,
        String legalBasis,
        String ruleSetVersion,
        String calendarVersion,
        @ArraySchema(schema = @Schema(implementation = ExplanationStep.class))
        ExplanationJson explanation,
        String executorId,
        List<String> coExecutors,
        int extensionCount,
        boolean executionSuspended,
        String outcome,
        LocalDate decidedOn,
        String parentAppealId,
        String challengedAppealId,
        long version,
        Instant updatedAt) {

    /** The same appeal with the applicant's IIN/BIN as this caller may see it. */
    public AppealView redacted(Redaction redaction) {
        return new AppealView(appealId, registrationNumber, kind, state, bodyId, bodyName, reviewBodyId,
                applicantType, redaction.idNumber(applicantIdNumber), applicantName, collective, memberCount, form,
                channel, receivedAt, registeredOn, reviewStartsOn, dueDate, workingDaysLeft, period, legalBasis,
                ruleSetVersion, calendarVersion, explanation, executorId, coExecutors, extensionCount,
                executionSuspended, outcome, decidedOn, parentAppealId, challengedAppealId, version, updatedAt);
    }
}
