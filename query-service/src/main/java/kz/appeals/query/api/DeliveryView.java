package kz.appeals.query.api;

import java.time.Instant;

/** One delivery of a decision or notice to one recipient (APPC art. 66(2)). */
public record DeliveryView(String document, String documentRef, String recipientId, String recipientName,
                           boolean representative, String channel, Instant deliveredAt, String proof) {
}
