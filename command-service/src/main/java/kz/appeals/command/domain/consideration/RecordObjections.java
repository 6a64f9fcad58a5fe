package kz.appeals.command.domain.consideration;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record the participant's objections and request to be heard orally (APPC art. 73). */
public record RecordObjections(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String objections,
        boolean oralHearingRequested,
        LocalDate receivedOn) {
}
