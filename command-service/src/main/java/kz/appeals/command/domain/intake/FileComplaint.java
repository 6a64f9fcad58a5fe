package kz.appeals.command.domain.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.appeals.events.AppealForm;
import kz.appeals.events.Channel;
import kz.appeals.events.Language;
import kz.appeals.events.Party;

/**
 * File a complaint against the act, action or inaction ({@code against}) recorded on {@code challengedAppealId}, with
 * the body whose act it is (APPC arts. 91-92). {@code learnedOfActOn} defaults to the act's delivery, else its date.
 */
public record FileComplaint(
        String appealId,
        String challengedAppealId,
        String against,
        Party applicant,
        List<Party> members,
        String substance,
        AppealForm form,
        Channel channel,
        Instant receivedAt,
        LocalDate learnedOfActOn,
        Language language) {

    /** A complaint whose language was not stated. */
    public FileComplaint(String appealId, String challengedAppealId, String against, Party applicant,
                         List<Party> members, String substance, AppealForm form, Channel channel, Instant receivedAt,
                         LocalDate learnedOfActOn) {
        this(appealId, challengedAppealId, against, applicant, members, substance, form, channel, receivedAt,
                learnedOfActOn, null);
    }
}
