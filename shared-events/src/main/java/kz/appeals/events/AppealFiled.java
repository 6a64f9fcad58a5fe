package kz.appeals.events;

import java.time.Instant;
import java.util.List;

import kz.appeals.clock.AppealKind;

/**
 * An appeal was received by an administrative body (APPC art. 64(1): every appeal is accepted).
 * For a collective appeal (art. 22(1)) {@code applicant} is the designated representative and {@code members}
 * lists every person who joined; otherwise {@code members} is empty. {@code parentAppealId} is set (optional field)
 * on a child appeal created by a partial redirect (art. 65): the part that went to the competent body.
 * {@code language} (optional field, arts. 22, 89(2)) is the language the appeal is written in; null where the filer
 * did not say (and in events recorded before it existed).
 */
public record AppealFiled(
        String appealId,
        AppealKind kind,
        Party applicant,
        List<Party> members,
        Addressee addressee,
        String substance,
        AppealForm form,
        Channel channel,
        Instant receivedAt,
        String parentAppealId,
        Language language) implements AppealEvent {

    public AppealFiled {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** An appeal filed directly, not split off another one. */
    public AppealFiled(String appealId, AppealKind kind, Party applicant, List<Party> members, Addressee addressee,
                       String substance, AppealForm form, Channel channel, Instant receivedAt) {
        this(appealId, kind, applicant, members, addressee, substance, form, channel, receivedAt, null, null);
    }

    /** An appeal whose language was not stated. */
    public AppealFiled(String appealId, AppealKind kind, Party applicant, List<Party> members, Addressee addressee,
                       String substance, AppealForm form, Channel channel, Instant receivedAt, String parentAppealId) {
        this(appealId, kind, applicant, members, addressee, substance, form, channel, receivedAt, parentAppealId,
                null);
    }

    public boolean collective() {
        return !members.isEmpty();
    }

    @Override
    public <R> R accept(AppealEventVisitor<R> visitor) {
        return visitor.on(this);
    }
}
