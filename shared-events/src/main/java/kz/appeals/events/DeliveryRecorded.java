package kz.appeals.events;

import java.time.Instant;

/**
 * APPC art. 66(2): a decision or notice reached one participant, by a channel that records delivery, with its proof.
 * For a collective appeal one event per recipient: the representative ({@code representative} true) and every member.
 */
public record DeliveryRecorded(
        String appealId,
        DeliveredDocument document,
        String documentRef,
        String recipientId,
        String recipientName,
        boolean representative,
        DeliveryChannel channel,
        Instant deliveredAt,
        String proof,
        String legalBasis) implements AppealEvent {
    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
