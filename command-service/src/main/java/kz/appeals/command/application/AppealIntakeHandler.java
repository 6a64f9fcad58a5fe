package kz.appeals.command.application;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.BodyLevel;
import kz.appeals.clock.DueDate;
import kz.appeals.clock.Registration;
import kz.appeals.command.domain.ActorMetaData;
import kz.appeals.command.domain.Appeal;
import kz.appeals.command.domain.AppealRecord;
import kz.appeals.command.domain.AppealRecords;
import kz.appeals.command.domain.BodyLevels;
import kz.appeals.command.domain.StatutoryTime;
import kz.appeals.command.domain.complaint.ComplaintFilingPolicy;
import kz.appeals.command.domain.intake.FileAppeal;
import kz.appeals.command.domain.intake.FileChildAppeal;
import kz.appeals.command.domain.intake.FileComplaint;
import kz.appeals.command.domain.intake.NewAppeal;
import kz.appeals.command.domain.intake.Registrar;
import kz.appeals.command.domain.intake.Talon;
import kz.appeals.command.domain.intake.TalonNumbers;
import kz.appeals.command.domain.intake.WorkingHours;
import kz.appeals.events.Actor;
import kz.appeals.events.Party;

/**
 * Files and registers an appeal in one step, as e-Otinish does: the registration day and the review due date come
 * from the statutory clock (for a petition, by the addressee's level, art. 90-5(1)), the talon number from its
 * counter; the aggregate records the filing, the registration and the clocks (its constructor and {@code Complaint.file}), and the receipt goes straight back to the portal.
 * The same intake serves the child appeal of a partial redirect (art. 65) and a complaint (arts. 91-92).
 */
@Component
public class AppealIntakeHandler {

    static final String AUTOMATIC_REGISTRAR = "automatic registration";
    static final String REGISTRAR_ROLE = "REGISTRAR";
    static final String PORTAL_ROLE = "PORTAL";

    private final Repository<Appeal> appeals;
    private final StatutoryTime time;
    private final TalonNumbers talonNumbers;
    private final WorkingHours workingHours;
    private final BodyLevels bodyLevels;

    public AppealIntakeHandler(Repository<Appeal> appealRepository, StatutoryTime time, TalonNumbers talonNumbers,
                               WorkingHours workingHours, BodyLevels bodyLevels) {
        this.appeals = appealRepository;
        this.time = time;
        this.talonNumbers = talonNumbers;
        this.workingHours = workingHours;
        this.bodyLevels = bodyLevels;
    }

    @CommandHandler
    public FilingReceipt handle(FileAppeal command, MetaData metaData, DeadlineManager deadlineManager)
            throws Exception {
        boolean complaint = command.kind() == AppealKind.COMPLAINT;
        if (complaint) {
            ComplaintFilingPolicy.namedAct(command.challenged(), command.form()).orRefuse();
        }
        LocalTime endOfWorkingDay = workingHours.endOfWorkingDay(command.addressee().bodyId());
        Registration registration = time.clock().registration(command.receivedAt(), endOfWorkingDay);
        DueDate review = time.clock().reviewDueDate(command.kind(), command.receivedAt(),
                bodyLevels.levelOf(command.addressee().bodyId()), endOfWorkingDay);
        Party applicant = command.applicant() == null ? Party.nobody() : command.applicant();
        NewAppeal appeal = new NewAppeal(command.appealId(), command.kind(), applicant, command.members(),
                command.addressee(), command.substance(), command.form(), command.channel(), command.receivedAt(),
                null, command.language());
        Talon talon = talon(appeal, registration, metaData);
        Aggregate<Appeal> registered = register(appeal, talon, review, deadlineManager);
        registered.execute(a -> a.intake().screen(command.reportsCrimeOrThreat(), registration.registeredOn(),
                deadlineManager, time));
        if (complaint) {
            registered.execute(a -> a.complaint().fileAgainstNamedAct(command.challenged(), registration.receivedOn(),
                    registration.registeredOn(), deadlineManager, time));
        }
        return receipt(appeal, registered, talon, review);
    }

    /** APPC art. 65, 76(2): the part goes to the competent body, where it is registered and counted from arrival. */
    @CommandHandler
    public FilingReceipt handle(FileChildAppeal command, AppealRecords records, MetaData metaData,
                                DeadlineManager deadlineManager) throws Exception {
        AppealRecord parent = records.find(command.parentAppealId()).orElseThrow(() -> new IllegalStateException(
                "parent appeal " + command.parentAppealId() + " not found"));
        Instant arrival = time.startOf(command.arrivesOn());
        Registration registration = time.clock().registration(arrival);
        DueDate review = time.clock().reviewDueDateAfterRedirect(parent.kind(), parent.receivedAt(),
                command.arrivesOn(), bodyLevels.levelOf(command.to().bodyId()));
        NewAppeal part = new NewAppeal(command.appealId(), parent.kind(), parent.applicant(), parent.members(),
                command.to(), command.part(), parent.form(), parent.channel(), parent.receivedAt(),
                command.parentAppealId(), parent.language());
        Registration atCompetentBody = new Registration(parent.receivedAt(), registration.receivedOn(),
                registration.registeredOn(), "part of appeal " + parent.registrationNumber() + " redirected to "
                + command.to().bodyId() + " (APPC art. 65), arriving on " + command.arrivesOn() + "; "
                + registration.reason(), registration.calendarVersion());
        Talon talon = talon(part, atCompetentBody, metaData);
        return receipt(part, register(part, talon, review, deadlineManager), talon, review);
    }

    /**
     * APPC arts. 91-92, 93(1): a complaint is an appeal of its own, in writing, filed with the body whose act it
     * challenges, reviewed within 20 working days of registration (art. 99), and forwarded within 3 working days of its
     * receipt (art. 91(4)).
     */
    @CommandHandler
    public FilingReceipt handle(FileComplaint command, AppealRecords records, MetaData metaData,
                                DeadlineManager deadlineManager) throws Exception {
        ComplaintFilingPolicy.written(command.form()).orRefuse();
        Optional<AppealRecord> found = records.find(command.challengedAppealId());
        ComplaintFilingPolicy.filing(command.challengedAppealId(), command.against(), found).orRefuse();
        AppealRecord challenged = found.get();
        LocalTime endOfWorkingDay = workingHours.endOfWorkingDay(challenged.addressee().bodyId());
        Registration registration = time.clock().registration(command.receivedAt(), endOfWorkingDay);
        DueDate review = time.clock().reviewDueDate(AppealKind.COMPLAINT, command.receivedAt(), BodyLevel.CENTRAL,
                endOfWorkingDay);
        NewAppeal complaint = new NewAppeal(command.appealId(), AppealKind.COMPLAINT, command.applicant(),
                command.members(), challenged.addressee(), command.substance(), command.form(), command.channel(),
                command.receivedAt(), null, command.language());
        Talon talon = talon(complaint, registration, metaData);
        Aggregate<Appeal> appeal = register(complaint, talon, review, deadlineManager);
        appeal.execute(a -> a.intake().screen(false, registration.registeredOn(), deadlineManager, time));
        appeal.execute(a -> a.complaint().file(challenged, command.against(), command.learnedOfActOn(),
                registration.receivedOn(), deadlineManager, time));
        return receipt(complaint, appeal, talon, review);
    }

    /** The talon's number comes from the counter of the applicant's prefix and the registration year (art. 64(2)). */
    private Talon talon(NewAppeal appeal, Registration registration, MetaData metaData) {
        String prefix = TalonNumbers.prefixFor(appeal.applicant());
        int year = registration.registeredOn().getYear();
        return new Talon(TalonNumbers.format(prefix, year, talonNumbers.next(prefix, year)), time.now(), registration,
                registrar(metaData));
    }

    private Aggregate<Appeal> register(NewAppeal appeal, Talon talon, DueDate review, DeadlineManager deadlineManager)
            throws Exception {
        return appeals.newInstance(() -> new Appeal(appeal, talon, review, deadlineManager, time));
    }

    private static FilingReceipt receipt(NewAppeal filed, Aggregate<Appeal> appeal, Talon talon, DueDate review) {
        Registrar registrar = talon.registrar();
        return new FilingReceipt(filed.appealId(), filed.kind(), appeal.invoke(Appeal::registrationNumber),
                filed.receivedAt(), talon.registration().registeredOn(), review.dueDate(), review.period(),
                review.legalBasis(), review.ruleSetVersion(), review.calendarVersion(), review.explanation(),
                appeal.version(), registrar.id(), registrar.name(), registrar.position());
    }

    /**
     * An appeal a registrar entered (paper, oral, video, or an electronic one received by the body) is registered by
     * that official: their token subject, name and position. One a citizen or a portal filed is registered by the
     * system: "automatic registration", naming the registering system (the portal, or the client the citizen signed
     * in through). A command without an actor (domain tests) is the system's.
     */
    static Registrar registrar(MetaData metaData) {
        Actor actor = ActorMetaData.from(metaData);
        if (REGISTRAR_ROLE.equals(actor.role())) {
            return new Registrar(actor.userId(), actor.displayName(), actor.position());
        }
        String system = PORTAL_ROLE.equals(actor.role()) ? actor.displayName() : ActorMetaData.clientId(metaData);
        return new Registrar(AUTOMATIC_REGISTRAR, system, null);
    }
}
