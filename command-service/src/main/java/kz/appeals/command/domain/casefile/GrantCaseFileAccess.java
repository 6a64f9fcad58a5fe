package kz.appeals.command.domain.casefile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The body gives the participant access to the case file (APPC art. 75(1)): {@code means} says how (reading in the
 * office, electronic copies ...); {@code withheld} what was kept back and under which law, null if nothing.
 */
public record GrantCaseFileAccess(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String means,
        String withheld) {
}
