package kz.appeals.command.domain.decision;

import java.time.Instant;

import kz.appeals.events.DeliveryChannel;

/** One recipient's delivery: who (IIN/BIN), by which channel of APPC art. 66(2), when, and the proof. */
public record Delivery(String recipientId, DeliveryChannel channel, Instant deliveredAt, String proof) {
}
