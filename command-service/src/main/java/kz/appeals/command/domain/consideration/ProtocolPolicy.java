package kz.appeals.command.domain.consideration;

import static kz.appeals.command.domain.Rules.blank;
import static kz.appeals.command.domain.Verdict.allowedIf;
import static kz.appeals.command.domain.Verdict.stagePermits;

import java.time.LocalDate;

import kz.appeals.command.domain.Verdict;

/**
 * APPC art. 74: an oral hearing is recorded in a protocol signed within 2 working days; the participant may make
 * remarks on it within 3 working days of reading it, and the chair of the hearing decides on them.
 */
public final class ProtocolPolicy {

    public static final String BASIS = "APPC art. 74";

    private ProtocolPolicy() {
    }

    /** Only an oral hearing has a protocol to sign, and it is signed once. */
    public static Verdict signing(HearingProtocol protocol) {
        return stagePermits(protocol.heardOn() != null, BASIS, "no oral hearing was recorded")
                .then(() -> stagePermits(protocol.signedOn() == null, BASIS, "the protocol is already signed"));
    }

    /**
     * Remarks on a signed protocol, read on or after its signing and not in the future, one set at a time. Remarks
     * after the 3 working days are recorded as late, not refused: the chair weighs them.
     */
    public static Verdict remarks(HearingProtocol protocol, SubmitProtocolRemarks request, LocalDate readOn,
                                  LocalDate today) {
        return stagePermits(protocol.signedOn() != null, BASIS, "the protocol is not signed yet")
                .then(() -> stagePermits(!protocol.remarksPending(), BASIS,
                        "earlier remarks are waiting for the chair's decision"))
                .then(() -> allowedIf(!blank(request.remarks()), BASIS, "state the remarks on the protocol"))
                .then(() -> allowedIf(!readOn.isBefore(protocol.signedOn()) && !readOn.isAfter(today), BASIS,
                        "the protocol is read between its signing (" + protocol.signedOn() + ") and today"));
    }

    /** The chair decides remarks that wait; a rejection says why. */
    public static Verdict decision(HearingProtocol protocol, DecideProtocolRemarks request) {
        return stagePermits(protocol.remarksPending(), BASIS, "no remarks on the protocol are waiting")
                .then(() -> allowedIf(request.accepted() || !blank(request.reasons()), BASIS,
                        "a rejection of remarks states its reasons"));
    }
}
