package kz.appeals.command.domain.decision;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import kz.appeals.events.DeliveredDocument;

/** Record that a decision or notice reached its recipients (APPC art. 66(2)). */
public record RecordDelivery(
        @TargetAggregateIdentifier String appealId,
        @TargetAggregateVersion Long expectedVersion,
        DeliveredDocument document,
        String documentRef,
        List<Delivery> deliveries) {
}
