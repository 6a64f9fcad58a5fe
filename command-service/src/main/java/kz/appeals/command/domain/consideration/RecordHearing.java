package kz.appeals.command.domain.consideration;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record the hearing of the participant (APPC arts. 73-74). */
public record RecordHearing(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate heldOn,
        boolean oral,
        List<String> participants,
        String protocolSummary) {
}
