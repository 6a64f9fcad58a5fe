package kz.appeals.command.domain.intake;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Ask the applicant to fix what the appeal lacks, by {@code fixBy} (APPC art. 64(6)). */
public record RequestDefectCorrection(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        List<String> defects,
        LocalDate fixBy) {
}
