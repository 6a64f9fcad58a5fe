package kz.appeals.events;

import java.time.LocalDate;
import java.util.List;

/** APPC arts. 73-74: the participant was heard; the protocol is signed within 2 working days. */
public record HearingHeld(
        String appealId,
        LocalDate heldOn,
        boolean oral,
        List<String> participants,
        String protocolSummary,
        String legalBasis) implements AppealEvent {

    public HearingHeld {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
