package kz.appeals.command.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

import kz.appeals.access.Decision;
import kz.appeals.access.Identity;
import kz.appeals.access.Role;
import kz.appeals.access.Target;
import kz.appeals.command.domain.AppealRecord;
import kz.appeals.command.domain.AppealRecords;
import kz.appeals.events.Actor;
import kz.appeals.events.Addressee;
import kz.appeals.events.Party;
import kz.appeals.security.AccessGuard;
import kz.appeals.security.AccessRefusedException;

/**
 * Who may run which command on which appeal, decided in the application layer by the one authorization matrix
 * (access-policy), never by the URL alone. For a command on an appeal, the appeal's current record is loaded in a unit
 * of work that the commands then run inside: the decision and the change see the same state (the aggregate stays
 * locked and is read once), and a refusal ({@link AccessRefusedException}, 403) comes before anything is applied. The
 * caller is then recorded on every event in the role the matrix allowed: nobody but the system itself is "system".
 */
@Component
public class CommandAccess {

    public static final String FILE = "appeal.file";
    public static final String COMPLAIN = "appeal.complain";
    public static final String WITHDRAW = "appeal.withdraw";

    private final AccessGuard guard;
    private final AppealRecords records;

    public CommandAccess(AccessGuard guard, AppealRecords records) {
        this.guard = guard;
        this.records = records;
    }

    /**
     * Runs {@code steps} (one or more commands) on an existing appeal once the matrix allows the caller
     * {@code action} on it: the holding body (addressee, after a redirect or forwarding the competent body), the
     * review body of a forwarded complaint, and its parties' IIN/BINs.
     */
    public <R> R onAppeal(String action, String appealId, Function<Caller, R> steps) {
        return inOneUnitOfWork(action, () -> {
            AppealRecord appeal = find(appealId);
            Caller caller = allow(action, target(appeal));
            if (WITHDRAW.equals(action)) {
                requireTheApplicantWhenACitizenWithdraws(caller, appeal);
            }
            return steps.apply(caller);
        });
    }

    /**
     * APPC art. 64(9): the appeal is withdrawn by the one who filed it. The matrix lets a citizen act on appeals they
     * are a party of (OWN); withdrawing the whole appeal is narrower: only its applicant, for a collective appeal the
     * representative (arts. 22(1), 63) who is recorded as its applicant. Another member is refused with 403; the
     * portal and the registrar (recording a written withdrawal received on paper) are decided by the matrix alone.
     */
    private void requireTheApplicantWhenACitizenWithdraws(Caller caller, AppealRecord appeal) {
        if (!Role.CITIZEN.name().equals(caller.actor().role())) {
            return;
        }
        String applicant = appeal.applicant() == null ? null : appeal.applicant().identificationNumber();
        String idNumber = guard.current().idNumber();
        if (applicant == null || !applicant.equals(idNumber)) {
            throw new AccessRefusedException(WITHDRAW, "only the applicant (for a collective appeal, its"
                    + " representative) withdraws an appeal (APPC art. 64(9)); another member is not the applicant");
        }
    }

    /**
     * Filing (arts. 63-64): a citizen only as the applicant or a member of the appeal they file, a portal on behalf of
     * anyone, a registrar only an appeal addressed to their own body.
     */
    public <R> R filing(Addressee addressee, Party applicant, List<Party> members, Function<Caller, R> steps) {
        Caller caller = allow(FILE, Target.appeal(addressee == null ? null : addressee.bodyId(), null,
                partyIds(applicant, members)));
        return steps.apply(caller);
    }

    /**
     * A complaint (arts. 91-92) is filed with the body holding the challenged appeal. A citizen complains only as a
     * participant of the challenged appeal who is also a party of the complaint: the target's parties are those of
     * both.
     */
    public <R> R complaint(String challengedAppealId, Party applicant, List<Party> members,
                           Function<Caller, R> steps) {
        return inOneUnitOfWork(COMPLAIN, () -> {
            AppealRecord challenged = find(challengedAppealId);
            Set<String> parties = new HashSet<>(partyIds(challenged.applicant(), challenged.members()));
            parties.retainAll(partyIds(applicant, members));
            Target target = Target.appeal(holdingBody(challenged), challenged.reviewBodyId(), parties);
            return steps.apply(allow(COMPLAIN, target));
        });
    }

    /** An action on no appeal (the calendar reload): the role alone decides. */
    public Caller withoutAppeal(String action) {
        return allow(action, Target.none());
    }

    private Caller allow(String action, Target target) {
        Identity who = guard.current();
        if (who.subject() == null || Actor.SYSTEM.userId().equals(who.subject())) {
            throw new AccessRefusedException(action, "the subject '" + Actor.SYSTEM.userId()
                    + "' is reserved for the system itself");
        }
        Decision decision = guard.require(action, target);
        return new Caller(new Actor(who.subject(), decision.actingRole().name(), who.bodyId(), who.displayName(),
                who.position()), who.clientId());
    }

    private AppealRecord find(String appealId) {
        return records.find(appealId).orElseThrow(() -> new AggregateNotFoundException(appealId,
                "appeal " + appealId + " not found"));
    }

    static Target target(AppealRecord appeal) {
        return Target.appeal(holdingBody(appeal), appeal.reviewBodyId(),
                partyIds(appeal.applicant(), appeal.members()));
    }

    private static String holdingBody(AppealRecord appeal) {
        return appeal.addressee() == null ? null : appeal.addressee().bodyId();
    }

    /** The applicant (the representative of a collective appeal) and every member. */
    static Set<String> partyIds(Party applicant, List<Party> members) {
        List<Party> all = new ArrayList<>();
        if (applicant != null) {
            all.add(applicant);
        }
        if (members != null) {
            all.addAll(members);
        }
        Set<String> ids = new HashSet<>();
        for (Party party : all) {
            if (party != null && party.identificationNumber() != null) {
                ids.add(party.identificationNumber());
            }
        }
        return ids;
    }

    /**
     * The record is read, and the commands run, in one root unit of work: the commands' own units nest in it, so the
     * repository hands them the aggregate already loaded (and locked) here, and their events are stored when this
     * one commits, inside the caller's transaction.
     */
    private static <R> R inOneUnitOfWork(String action, Supplier<R> work) {
        // a command message, as the repository expects of the unit of work it loads aggregates in
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage(action));
        try {
            R result = work.get();
            unitOfWork.commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (unitOfWork.isActive()) {
                try {
                    unitOfWork.rollback(e);
                } catch (RuntimeException rollback) {
                    e.addSuppressed(rollback);
                }
            }
            throw e;
        }
    }
}
