package kz.appeals.command.domain.intake;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Put an executor and co-executors of {@code bodyId} in charge; again to reassign. */
public record AssignExecutor(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        String bodyId,
        String executorId,
        List<String> coExecutors) {
}
