package kz.appeals.events;

import java.time.LocalDate;

/**
 * APPC art. 22(1): an interested person joined the procedure of a collective appeal already under way; from now on
 * {@code member} is a member like those listed on {@link AppealFiled}: delivered every notice and the act.
 */
public record MemberJoined(
        String appealId,
        Party member,
        LocalDate joinedOn,
        String legalBasis) implements AppealEvent {

    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
