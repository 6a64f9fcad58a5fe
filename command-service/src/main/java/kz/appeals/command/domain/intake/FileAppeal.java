package kz.appeals.command.domain.intake;

import java.time.Instant;
import java.util.List;

import kz.appeals.clock.AppealKind;
import kz.appeals.command.domain.complaint.NamedAct;
import kz.appeals.events.Addressee;
import kz.appeals.events.AppealForm;
import kz.appeals.events.Channel;
import kz.appeals.events.Language;
import kz.appeals.events.Party;

/**
 * File an appeal with a body; for a collective appeal {@code applicant} is the representative (art. 22(1)). An appeal
 * naming nobody has {@link Party#nobody()} as applicant; {@code reportsCrimeOrThreat} marks an anonymous report that
 * must still be accepted and redirected (art. 64(7-2)); {@code language} is the appeal's (arts. 22, 89(2)), null if
 * not stated. {@code challenged} names what a complaint filed this way challenges (arts. 62(1)(2), 91-92); null for
 * other kinds.
 */
public record FileAppeal(
        String appealId,
        AppealKind kind,
        Party applicant,
        List<Party> members,
        Addressee addressee,
        String substance,
        AppealForm form,
        Channel channel,
        Instant receivedAt,
        boolean reportsCrimeOrThreat,
        Language language,
        NamedAct challenged) {
}
