package kz.appeals.command.application;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.DueDate;
import kz.appeals.clock.ProceduralTimer;
import kz.appeals.clock.Registration;
import kz.appeals.command.domain.ActorMetaData;
import kz.appeals.command.domain.Appeal;
import kz.appeals.command.domain.AppealRecord;
import kz.appeals.command.domain.AppealRecords;
import kz.appeals.command.domain.complaint.ComplaintFilingPolicy;
import kz.appeals.command.domain.intake.FileAppeal;
import kz.appeals.command.domain.intake.FileChildAppeal;
import kz.appeals.command.domain.intake.FileComplaint;
import kz.appeals.command.domain.StatutoryTime;
import kz.appeals.command.domain.intake.TalonNumbers;
import kz.appeals.events.Addressee;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.Actor;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.ComplaintFiled;
import kz.appeals.events.ComputedDate;

/**
 * Files and registers an appeal in one step, as e-Otinish does: the registration day and the review due date come
 * from the statutory clock, the talon number from its counter, and the receipt goes straight back to the portal.
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

    public AppealIntakeHandler(Repository<Appeal> appealRepository, StatutoryTime time, TalonNumbers talonNumbers) {
        this.appeals = appealRepository;
        this.time = time;
        this.talonNumbers = talonNumbers;
    }

    @CommandHandler
    public FilingReceipt handle(FileAppeal command, MetaData metaData, DeadlineManager deadlineManager)
            throws Exception {
        Registration registration = time.clock().registration(command.receivedAt());
        DueDate review = time.clock().reviewDueDate(command.kind(), command.receivedAt());
        AppealFiled filed = new AppealFiled(command.appealId(), command.kind(), command.applicant(), command.members(),
                command.addressee(), command.substance(), command.form(), command.channel(), command.receivedAt());
        Registrar registrar = registrar(metaData);
        Aggregate<Appeal> appeal = register(filed, registration, review, registrar, deadlineManager);
        return receipt(filed, appeal, registration, review, registrar);
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
                command.arrivesOn());
        AppealFiled filed = new AppealFiled(command.appealId(), parent.kind(), parent.applicant(), parent.members(),
                command.to(), command.part(), parent.form(), parent.channel(), parent.receivedAt(),
                command.parentAppealId());
        Registration atCompetentBody = new Registration(parent.receivedAt(), registration.receivedOn(),
                registration.registeredOn(), "part of appeal " + parent.registrationNumber() + " redirected to "
                + command.to().bodyId() + " (APPC art. 65), arriving on " + command.arrivesOn() + "; "
                + registration.reason(), registration.calendarVersion());
        Registrar registrar = registrar(metaData);
        Aggregate<Appeal> child = register(filed, atCompetentBody, review, registrar, deadlineManager);
        return receipt(filed, child, atCompetentBody, review, registrar);
    }

    /**
     * APPC arts. 91-92: a complaint is an appeal of its own, filed with the body whose act it challenges, reviewed
     * within 20 working days of registration (art. 99), and forwarded within 3 working days (art. 91(4)).
     */
    @CommandHandler
    public FilingReceipt handle(FileComplaint command, AppealRecords records, MetaData metaData,
                                DeadlineManager deadlineManager) throws Exception {
        AppealRecord challenged = ComplaintFilingPolicy.check(command.challengedAppealId(), command.against(),
                records.find(command.challengedAppealId()));
        Registration registration = time.clock().registration(command.receivedAt());
        DueDate review = time.clock().reviewDueDate(AppealKind.COMPLAINT, command.receivedAt());
        Addressee filedWith = challenged.addressee();
        AppealFiled filed = new AppealFiled(command.appealId(), AppealKind.COMPLAINT, command.applicant(),
                command.members(), filedWith, command.substance(), command.form(), command.channel(),
                command.receivedAt());
        LocalDate receivedOn = registration.receivedOn();
        LocalDate learnedOn = ComplaintFilingPolicy.learnedOn(command.learnedOfActOn(), challenged, receivedOn);
        DueDate filingPeriod = time.timer(ComplaintFilingPolicy.filingPeriod(challenged), learnedOn);
        ComplaintFiled complaint = new ComplaintFiled(command.appealId(), challenged.appealId(), challenged.actId(),
                command.against(), filedWith.bodyId(), challenged.actIssuedBy(), learnedOn,
                challenged.route() != null && challenged.route().stated(), ComputedDate.of(filingPeriod),
                ComplaintFilingPolicy.late(receivedOn, filingPeriod), ComplaintFilingPolicy.BASIS);
        DueDate forwarding = time.timer(ProceduralTimer.COMPLAINT_FORWARDING, registration.registeredOn());
        Registrar registrar = registrar(metaData);
        Aggregate<Appeal> appeal = register(filed, registration, review, registrar, deadlineManager);
        appeal.execute(a -> a.recordComplaint(complaint, forwarding, deadlineManager, time));
        return receipt(filed, appeal, registration, review, registrar);
    }

    private Aggregate<Appeal> register(AppealFiled filed, Registration registration, DueDate review,
                                       Registrar registrar, DeadlineManager deadlineManager) throws Exception {
        String prefix = TalonNumbers.prefixFor(filed.applicant());
        int year = registration.registeredOn().getYear();
        String talon = TalonNumbers.format(prefix, year, talonNumbers.next(prefix, year));
        AppealRegistered registered = new AppealRegistered(filed.appealId(), talon, time.now(), registrar.id(),
                registration.registeredOn(), registration.reason(), review.startsOn(), review.dueDate(),
                review.period(), review.legalBasis(), review.confirmedInCode(), review.ruleSetVersion(),
                review.calendarVersion(), review.explanation(), registrar.name(), registrar.position());
        Aggregate<Appeal> appeal = appeals.newInstance(() -> new Appeal(filed, registered));
        appeal.execute(a -> a.startReviewPeriod(review, deadlineManager, time));
        return appeal;
    }

    private static FilingReceipt receipt(AppealFiled filed, Aggregate<Appeal> appeal, Registration registration,
                                         DueDate review, Registrar registrar) {
        return new FilingReceipt(filed.appealId(), filed.kind(), appeal.invoke(Appeal::registrationNumber),
                filed.receivedAt(), registration.registeredOn(), review.dueDate(), review.period(), review.legalBasis(),
                review.ruleSetVersion(), review.calendarVersion(), review.explanation(), appeal.version(),
                registrar.id(), registrar.name(), registrar.position());
    }

    /** Who the talon names as having registered the appeal (art. 64(2)). */
    record Registrar(String id, String name, String position) {
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
