package kz.appeals.events;

import java.util.List;

/**
 * The body put an executor (and co-executors) in charge of the appeal; {@code previousExecutorId} is set on a
 * reassignment. Office work of the body under APPC art. 64(1) (every appeal is considered).
 */
public record ExecutorAssigned(
        String appealId,
        String bodyId,
        String executorId,
        List<String> coExecutors,
        String previousExecutorId,
        String legalBasis) implements AppealEvent {

    public ExecutorAssigned {
        coExecutors = coExecutors == null ? List.of() : List.copyOf(coExecutors);
    }

    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
