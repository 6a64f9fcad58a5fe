package kz.appeals.command.domain.intake;

import java.time.Instant;
import java.util.List;

import kz.appeals.clock.AppealKind;
import kz.appeals.events.Addressee;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealForm;
import kz.appeals.events.Channel;
import kz.appeals.events.Language;
import kz.appeals.events.Party;

/**
 * An appeal as received (APPC art. 64(1)): who, to whom, what, in which form and channel, when. {@code parentAppealId}
 * is set on the part of a partially redirected appeal (art. 65); {@code language} is the appeal's (arts. 22, 89(2)).
 */
public record NewAppeal(String appealId, AppealKind kind, Party applicant, List<Party> members, Addressee addressee,
                        String substance, AppealForm form, Channel channel, Instant receivedAt, String parentAppealId,
                        Language language) {

    public AppealFiled filed() {
        return new AppealFiled(appealId, kind, applicant, members, addressee, substance, form, channel, receivedAt,
                parentAppealId, language);
    }
}
