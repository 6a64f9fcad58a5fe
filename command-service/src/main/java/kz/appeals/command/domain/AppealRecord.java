package kz.appeals.command.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.appeals.clock.AppealKind;
import kz.appeals.events.Addressee;
import kz.appeals.events.AppealForm;
import kz.appeals.events.Channel;
import kz.appeals.events.ComplaintRoute;
import kz.appeals.events.Language;
import kz.appeals.events.LeaveWithoutConsiderationGround;
import kz.appeals.events.Party;
import kz.appeals.events.ReturnGround;
import kz.appeals.lifecycle.AppealState;

/**
 * What one appeal tells another command about itself: a repeated appeal looks at the earlier case (art. 64(8)), a
 * child appeal copies its parent's applicant (art. 65), a complaint reads the act it challenges (arts. 91-92, 97(2)).
 * The application layer reads it to decide access: {@code addressee} is the body holding the appeal now (after a
 * redirect the competent body, after forwarding the review body), {@code reviewBodyId} the body a complaint was
 * forwarded to for review (null until then and for other appeals). {@code language} is the appeal's (arts. 22, 89(2)),
 * null if not stated; {@code returnGround} why it was returned (art. 64(7)), if it was: a repeat re-filed after a
 * return as a repeat is attached (art. 64(8)); {@code leftWithoutConsiderationGround} why a complaint was left without
 * consideration (art. 95), if it was.
 */
public record AppealRecord(
        String appealId,
        AppealKind kind,
        AppealState state,
        String registrationNumber,
        Party applicant,
        List<Party> members,
        Addressee addressee,
        AppealForm form,
        Channel channel,
        Instant receivedAt,
        String actId,
        String actIssuedBy,
        LocalDate actIssuedOn,
        LocalDate actDeliveredOn,
        ComplaintRoute route,
        String challengedAppealId,
        String reviewBodyId,
        Language language,
        ReturnGround returnGround,
        LeaveWithoutConsiderationGround leftWithoutConsiderationGround) {

    /** A record of an appeal whose language was not stated. */
    public AppealRecord(String appealId, AppealKind kind, AppealState state, String registrationNumber,
                        Party applicant, List<Party> members, Addressee addressee, AppealForm form, Channel channel,
                        Instant receivedAt, String actId, String actIssuedBy, LocalDate actIssuedOn,
                        LocalDate actDeliveredOn, ComplaintRoute route, String challengedAppealId,
                        String reviewBodyId, ReturnGround returnGround,
                        LeaveWithoutConsiderationGround leftWithoutConsiderationGround) {
        this(appealId, kind, state, registrationNumber, applicant, members, addressee, form, channel, receivedAt,
                actId, actIssuedBy, actIssuedOn, actDeliveredOn, route, challengedAppealId, reviewBodyId, null,
                returnGround, leftWithoutConsiderationGround);
    }

    /** A record of an appeal whose language was not stated, never returned nor left without consideration. */
    public AppealRecord(String appealId, AppealKind kind, AppealState state, String registrationNumber,
                        Party applicant, List<Party> members, Addressee addressee, AppealForm form, Channel channel,
                        Instant receivedAt, String actId, String actIssuedBy, LocalDate actIssuedOn,
                        LocalDate actDeliveredOn, ComplaintRoute route, String challengedAppealId,
                        String reviewBodyId) {
        this(appealId, kind, state, registrationNumber, applicant, members, addressee, form, channel, receivedAt,
                actId, actIssuedBy, actIssuedOn, actDeliveredOn, route, challengedAppealId, reviewBodyId, null, null,
                null);
    }

    public boolean hasAct() {
        return actId != null;
    }
}
