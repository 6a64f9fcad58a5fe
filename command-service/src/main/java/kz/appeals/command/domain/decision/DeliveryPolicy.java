package kz.appeals.command.domain.decision;

import static kz.appeals.command.domain.Rules.require;
import static kz.appeals.command.domain.Rules.requireStage;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import kz.appeals.events.DeliveredDocument;
import kz.appeals.events.Party;

/**
 * APPC art. 66(2): decisions and notices are delivered by registered mail, to the e-gov cabinet with an SMS, by SMS,
 * e-mail or any means that records delivery. A collective appeal (art. 22(1)) is delivered to the representative and
 * to every member (docs/decisions.md); a notice counts as given once all of them have it.
 */
public final class DeliveryPolicy {

    public static final String BASIS = "APPC art. 66(2)";

    private DeliveryPolicy() {
    }

    public static void check(DeliveredDocument document, Set<DeliveredDocument> issued, List<Delivery> deliveries,
                             List<Party> participants) {
        requireStage(issued.contains(document), BASIS, "no " + document + " has been issued on this appeal");
        require(deliveries != null && !deliveries.isEmpty(), BASIS, "name at least one delivery");
        Set<String> known = participants.stream().map(Party::identificationNumber).collect(Collectors.toSet());
        for (Delivery delivery : deliveries) {
            require(known.contains(delivery.recipientId()), BASIS, delivery.recipientId()
                    + " is neither the applicant (representative) nor a member of this appeal");
        }
    }

    public static boolean everyoneReached(List<Party> participants, Set<String> reached) {
        return participants.stream().map(Party::identificationNumber).allMatch(reached::contains);
    }
}
