package kz.appeals.command.domain.court;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record a claim filed in court (APPC art. 136). */
public record FileLawsuit(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String court,
        String caseNumber,
        LocalDate filedOn) {
}
