package kz.appeals.command.domain.complaint;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The body whose act is challenged satisfies the complaint in full itself (APPC art. 91(4)). */
public record SatisfyComplaint(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String decision) {
}
