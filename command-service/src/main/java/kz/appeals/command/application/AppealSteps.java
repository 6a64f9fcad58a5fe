package kz.appeals.command.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.appeals.access.Role;
import kz.appeals.command.domain.ActorMetaData;
import kz.appeals.command.domain.CommandAck;
import kz.appeals.command.domain.RuleViolation;
import kz.appeals.command.domain.complaint.ComplaintSentBack;
import kz.appeals.command.domain.complaint.SendBackComplaintAndCase;
import kz.appeals.command.domain.complaint.SendCaseBack;
import kz.appeals.command.domain.complaint.SuspendActExecution;
import kz.appeals.command.domain.consideration.ExtendReviewPeriod;
import kz.appeals.command.domain.consideration.ExtensionAuthority;
import kz.appeals.command.domain.consideration.ExtensionPolicy;
import kz.appeals.command.domain.intake.FileChildAppeal;
import kz.appeals.command.domain.intake.FileComplaint;
import kz.appeals.command.domain.intake.PartiallyRedirectAppeal;
import kz.appeals.command.domain.intake.RedirectAppeal;
import kz.appeals.events.Addressee;

/**
 * The application's steps on appeals, each in one transaction, sent as the verified caller (who rides on every event
 * as metadata). A step that touches more than one appeal is here, not in a controller: a partial redirect and the
 * child appeal it creates (art. 65), a complaint and the suspension of the act it challenges (arts. 91, 96), the
 * complaint and case that the review body sends back (art. 100(2)). The caller has already been allowed the step by
 * {@link CommandAccess}.
 */
@Component
public class AppealSteps {

    /** A redirect's answer: the appeal, and the child appeal a partial redirect created (else null). */
    public record Redirected(CommandAck appeal, FilingReceipt part) {
    }

    private final CommandGateway commands;

    public AppealSteps(CommandGateway commands) {
        this.commands = commands;
    }

    /** One command, as the caller. */
    public <R> R send(Object command, Caller caller) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .withMetaData(ActorMetaData.of(caller.actor(), caller.clientId())));
    }

    /**
     * APPC art. 65, 76(2): the whole appeal goes to the competent body; or only {@code part} does, as a child appeal
     * with its own talon and clock, counted from its arrival.
     */
    @Transactional
    public Redirected redirect(String appealId, Long version, Addressee to, String reason, LocalDate arrivesOn,
                               String part, Caller caller) {
        if (part == null || part.isBlank()) {
            return new Redirected(send(new RedirectAppeal(appealId, version, to, reason, arrivesOn), caller), null);
        }
        String childId = UUID.randomUUID().toString();
        CommandAck parent = send(new PartiallyRedirectAppeal(appealId, version, childId, to, part, reason, arrivesOn),
                caller);
        FilingReceipt child = send(new FileChildAppeal(childId, appealId, to, part, arrivesOn), caller);
        return new Redirected(parent, child);
    }

    /**
     * APPC art. 76(3): the extension is decided by the head, a deputy head or the chief of staff, and that is the
     * caller: the position recorded is the role the matrix let them act in, never one the request merely claims.
     */
    @Transactional
    public CommandAck extend(String appealId, Long version, String claimedPosition, String motivation,
                             LocalDate newDueDate, Caller caller) {
        Role role = Role.valueOf(caller.actor().role());   // the role the matrix let the caller act in
        ExtensionAuthority acting = ExtensionAuthorities.of(role).orElseThrow(() -> new RuleViolation(
                ExtensionPolicy.BASIS, "a review period is extended by the head, a deputy head or the chief of staff, "
                + "not by " + role));
        if (claimedPosition != null && ExtensionAuthority.valueOf(claimedPosition) != acting) {
            throw new RuleViolation(ExtensionPolicy.BASIS, "the extension is decided by the caller, who acts as "
                    + acting + ", not as " + claimedPosition);
        }
        return send(new ExtendReviewPeriod(appealId, version, acting, motivation, newDueDate), caller);
    }

    /** APPC arts. 91-92, 96: the complaint is filed and registered; one against an act suspends that act. */
    @Transactional
    public FilingReceipt fileComplaint(FileComplaint complaint, Caller caller) {
        FilingReceipt receipt = send(complaint, caller);
        if ("ACT".equals(complaint.against())) {
            send(new SuspendActExecution(complaint.challengedAppealId(), receipt.appealId()), caller);
        }
        return receipt;
    }

    /**
     * APPC art. 100(2): the review body sends the complaint and the case file back to the body whose act was
     * challenged (within 5 working days of its decision to do so), and the challenged appeal is considered anew.
     */
    @Transactional
    public CommandAck sendCaseBack(String complaintId, Long version, boolean caseFileAttached, Caller caller) {
        ComplaintSentBack sent = send(new SendBackComplaintAndCase(complaintId, version, caseFileAttached), caller);
        // a complaint against an act named by the complainant (art. 62(1)(2)) has no appeal here to send back
        if (sent.challengedAppealId() != null) {
            send(new SendCaseBack(sent.challengedAppealId(), complaintId, sent.violations()), caller);
        }
        return sent.ack();
    }
}
