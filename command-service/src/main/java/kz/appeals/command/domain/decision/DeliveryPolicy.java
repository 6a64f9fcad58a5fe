package kz.appeals.command.domain.decision;

import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.stagePermits;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import kz.appeals.command.domain.Verdict;
import kz.appeals.events.DeliveredDocument;
import kz.appeals.events.Party;

/**
 * APPC art. 66(2): decisions and notices are delivered by registered mail, to the e-gov cabinet with an SMS, by SMS,
 * e-mail or any means that records delivery. A collective appeal (art. 22(1)) is delivered to the representative and
 * to every member (docs/decisions.md); a notice counts as given once the contact the appeal gave has it (art.
 * 66(4)).
 */
public final class DeliveryPolicy {

    public static final String BASIS = "APPC art. 66(2)";

    private DeliveryPolicy() {
    }

    /** How a participant without IIN/BIN (art. 63(2)(1)) is named as a recipient: by place, applicant first. */
    public static final String APPLICANT_ALIAS = "applicant";
    public static final String MEMBER_ALIAS = "member-";

    /**
     * The participant a delivery names: by IIN/BIN, or one without a number (a foreigner, a stateless person) by place
     * — {@code applicant}, or {@code member-1}, {@code member-2}... in the order of the appeal's members. Empty if no
     * participant answers to it.
     */
    public static Optional<Party> recipient(List<Party> participants, String recipientId) {
        for (int i = 0; i < participants.size(); i++) {
            Party party = participants.get(i);
            String number = party.identificationNumber();
            String alias = i == 0 ? APPLICANT_ALIAS : MEMBER_ALIAS + i;
            if (recipientId != null && (recipientId.equals(number)
                    || (number == null || number.isBlank()) && recipientId.equals(alias))) {
                return Optional.of(party);
            }
        }
        return Optional.empty();
    }

    /** A document the appeal issued, delivered to its participants only (applicant first, then the members). */
    public static Verdict delivery(Set<DeliveredDocument> issued, RecordDelivery request, List<Party> participants) {
        List<Delivery> deliveries = request.deliveries();
        return stagePermits(issued.contains(request.document()), BASIS, "no " + request.document()
                + " has been issued on this appeal")
                .then(() -> allowedIf(deliveries != null && !deliveries.isEmpty(), BASIS,
                        "name at least one delivery"))
                .then(() -> deliveries.stream().filter(d -> recipient(participants, d.recipientId()).isEmpty())
                        .findFirst()
                        .map(d -> Verdict.refused(BASIS, d.recipientId()
                                + " is neither the applicant (representative) nor a member of this appeal"))
                        .orElse(Verdict.ALLOWED));
    }

    /**
     * APPC art. 66(4): a notice sent to the contacts the appeal gave (the applicant, for a collective appeal its
     * representative) is given properly, so the notice's period closes on that delivery; the deliveries to every
     * member are still recorded, one {@code DeliveryRecorded} each, and shown by the read side.
     */
    public static boolean closesNotice(Party recipient, Party applicant) {
        return recipient == applicant;
    }
}
