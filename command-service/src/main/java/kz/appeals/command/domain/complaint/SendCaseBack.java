package kz.appeals.command.domain.complaint;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The review body sent this appeal's case back listing violations (APPC art. 100(2)). */
public record SendCaseBack(
        @TargetAggregateIdentifier String appealId,
        String complaintAppealId,
        List<String> violations) {
}
