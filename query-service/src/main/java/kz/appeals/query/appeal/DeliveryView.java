package kz.appeals.query.appeal;

import java.time.Instant;

import kz.appeals.query.access.PersonalDataPolicy.Redaction;

/** One delivery of a decision or notice to one recipient (APPC art. 66(2)). */
public record DeliveryView(String document, String documentRef, String recipientId, String recipientName,
                           boolean representative, String channel, Instant deliveredAt, String proof) {

    /** The recipient's IIN/BIN as the caller may see it. */
    public DeliveryView redacted(Redaction redaction) {
        return new DeliveryView(document, documentRef, redaction.idNumber(recipientId), recipientName,
                representative, channel, deliveredAt, proof);
    }
}
