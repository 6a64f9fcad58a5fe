package kz.appeals.command.domain.complaint;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.DueDate;
import kz.appeals.clock.ProceduralTimer;
import kz.appeals.command.domain.ActorMetaData;
import kz.appeals.command.domain.Appeal;
import kz.appeals.command.domain.AppealRecord;
import kz.appeals.command.domain.AppealRecords;
import kz.appeals.command.domain.CommandAck;
import kz.appeals.command.domain.StateConflict;
import kz.appeals.command.domain.StatutoryTime;
import kz.appeals.command.domain.decision.LanguagePolicy;
import kz.appeals.events.ActExecutionSuspended;
import kz.appeals.events.AdministrativeActIssued;
import kz.appeals.events.CaseSentBack;
import kz.appeals.events.ComplaintDecided;
import kz.appeals.events.ComplaintFiled;
import kz.appeals.events.ComplaintFilingPeriodRestored;
import kz.appeals.events.ComplaintForwarded;
import kz.appeals.events.ComplaintOutcome;
import kz.appeals.events.ComplaintRefiled;
import kz.appeals.events.ComplaintSatisfiedByChallengedBody;
import kz.appeals.events.ComputedDate;
import kz.appeals.events.DeadlineTimer;
import kz.appeals.events.Language;
import kz.appeals.events.Party;
import kz.appeals.events.SuspensionExceptionStated;
import kz.appeals.lifecycle.AppealState;

/**
 * The complaint (APPC arts. 91-101), on both sides of it: as a complaint of its own (what it challenges, forwarding
 * to the review body, its decision) and as the challenged appeal (its act suspended, its case sent back).
 */
public class Complaint {

    private final Appeal appeal;
    private String challengedAppealId;
    private String challengedActIssuedBy;
    private String filedWithBodyId;
    private boolean forwarded;
    private LocalDate decidedOn;
    private ComplaintOutcome outcome;
    private List<String> violations = List.of();
    private boolean actExecutionSuspended;
    private String suspensionExceptionActId;
    private boolean filedLate;
    private boolean filingPeriodRestored;
    private String refiledAfter;

    public Complaint(Appeal appeal) {
        this.appeal = appeal;
    }

    /**
     * APPC arts. 91-92: this appeal is a complaint against the act, action or inaction of {@code challenged}, filed
     * with the body that has it, within the period counted from the day the complainant learned of the act; a late one
     * is recorded as late, not refused (art. 92(3)). The body forwards it within 3 working days of its receipt
     * (art. 91(4)), not of its registration: a complaint received after hours is registered the next working day, but
     * its forwarding clock started with the receipt.
     */
    public void file(AppealRecord challenged, String against, LocalDate statedLearnedOn, LocalDate receivedOn,
                     DeadlineManager deadlineManager, StatutoryTime time) {
        LocalDate learnedOn = ComplaintFilingPolicy.learnedOn(statedLearnedOn, challenged, receivedOn);
        DueDate filingPeriod = time.timer(ComplaintFilingPolicy.filingPeriod(challenged), learnedOn);
        record(new ComplaintFiled(appeal.id(), challenged.appealId(), challenged.actId(), against,
                challenged.addressee().bodyId(), challenged.actIssuedBy(), learnedOn,
                challenged.route() != null && challenged.route().stated(), ComputedDate.of(filingPeriod),
                ComplaintFilingPolicy.late(receivedOn, filingPeriod), ComplaintFilingPolicy.BASIS), receivedOn,
                deadlineManager, time);
    }

    /**
     * APPC arts. 62(1)(2), 91-92, 96: a complaint filed directly against an act named by the complainant (one on no
     * appeal here, e.g. adopted on the body's own initiative) gets the same filing-period check and forwarding clock;
     * a complaint against an act suspends it (art. 96), recorded on this complaint since the act has no appeal here.
     */
    public void fileAgainstNamedAct(NamedAct act, LocalDate receivedOn, LocalDate registeredOn,
                                    DeadlineManager deadlineManager, StatutoryTime time) {
        LocalDate learnedOn = ComplaintFilingPolicy.learnedOn(act, receivedOn);
        DueDate filingPeriod = time.timer(ComplaintFilingPolicy.filingPeriod(act), learnedOn);
        record(new ComplaintFiled(appeal.id(), null, act.actNumber(), act.against(), appeal.holdingBody().bodyId(),
                act.issuedBy(), learnedOn, act.routeStated(), ComputedDate.of(filingPeriod),
                ComplaintFilingPolicy.late(receivedOn, filingPeriod), ComplaintFilingPolicy.OWN_INITIATIVE),
                receivedOn, deadlineManager, time);
        if ("ACT".equals(act.against())) {
            apply(new ActExecutionSuspended(appeal.id(), act.actNumber(), appeal.id(), registeredOn, "APPC art. 96"));
        }
    }

    /** The complaint is recorded; the body forwards it within 3 working days of its receipt (art. 91(4)). */
    private void record(ComplaintFiled filed, LocalDate receivedOn, DeadlineManager deadlineManager,
                        StatutoryTime time) {
        apply(filed);
        appeal.deadlines().schedule(DeadlineTimer.COMPLAINT_FORWARDING,
                time.timer(ProceduralTimer.COMPLAINT_FORWARDING, receivedOn), deadlineManager, time);
    }

    @CommandHandler
    public CommandAck handle(SuspendActExecution command, StatutoryTime time) {
        String actId = appeal.decision().actId();
        if (actId == null) {
            throw new StateConflict("APPC art. 96", "appeal " + appeal.registrationNumber() + " has no act to suspend");
        }
        // art. 96: the act itself stated that a complaint does not suspend it
        if (!actExecutionSuspended && !actId.equals(suspensionExceptionActId)) {
            apply(new ActExecutionSuspended(appeal.id(), actId, command.complaintAppealId(), time.today(),
                    "APPC art. 96"));
            appeal.deadlines().close(DeadlineTimer.ACT_EXECUTION, "ActExecutionSuspended", time.today());
        }
        return appeal.ack();
    }

    /** APPC art. 92(2): the missed filing period is restored for a good reason. */
    @CommandHandler
    public CommandAck handle(RestoreComplaintFilingPeriod command, StatutoryTime time, MetaData metaData) {
        ComplaintRemediesPolicy.restoration(this, command).orRefuse();
        apply(new ComplaintFilingPeriodRestored(appeal.id(), command.reason(), time.today(),
                ActorMetaData.from(metaData).userId(), ComplaintRemediesPolicy.RESTORATION));
        return appeal.ack();
    }

    /** APPC art. 95(3): this complaint is filed again after the earlier one was left without consideration. */
    @CommandHandler
    public CommandAck handle(RecordComplaintRefiling command, AppealRecords records) {
        Optional<AppealRecord> earlier = records.find(command.earlierComplaintId());
        ComplaintRemediesPolicy.refiling(this, command.earlierComplaintId(), earlier).orRefuse();
        apply(new ComplaintRefiled(appeal.id(), earlier.get().appealId(), earlier.get().registrationNumber(),
                earlier.get().leftWithoutConsiderationGround(), ComplaintRemediesPolicy.REFILING));
        return appeal.ack();
    }

    @CommandHandler
    public CommandAck handle(ForwardComplaint command, StatutoryTime time) {
        ComplaintReviewPolicy.forwarding(this, command).orRefuse();
        LocalDate today = time.today();
        apply(new ComplaintForwarded(appeal.id(), command.reviewBody(), today, true,
                appeal.deadlines().lateAgainst(DeadlineTimer.COMPLAINT_FORWARDING, today),
                ComplaintReviewPolicy.FORWARDING));
        appeal.deadlines().close(DeadlineTimer.COMPLAINT_FORWARDING, "ComplaintForwarded", today);
        return appeal.ack();
    }

    @CommandHandler
    public CommandAck handle(SatisfyComplaint command, StatutoryTime time, MetaData metaData) {
        ComplaintReviewPolicy.satisfactionByChallengedBody(this, command).orRefuse();
        LocalDate today = time.today();
        apply(new ComplaintSatisfiedByChallengedBody(appeal.id(), command.decision(), today,
                ActorMetaData.from(metaData).userId(), ComplaintReviewPolicy.FORWARDING));
        appeal.deadlines().closeAll("ComplaintSatisfiedByChallengedBody", today);
        return appeal.ack();
    }

    @CommandHandler
    public CommandAck handle(DecideComplaint command, DeadlineManager deadlineManager, StatutoryTime time,
                             MetaData metaData) {
        String decidedBy = ActorMetaData.from(metaData).userId();
        ComplaintReviewPolicy.decision(this, decidedBy, command).orRefuse();
        Language language = LanguagePolicy.answerLanguage(command.language(), appeal.intake().language());
        LanguagePolicy.answer(language, appeal.intake().language()).orRefuse();
        LocalDate today = time.today();
        apply(new ComplaintDecided(appeal.id(), challengedAppealId, command.outcome(), command.reasons(),
                command.violations(), today, decidedBy, appeal.holdingBody().bodyId(),
                appeal.deadlines().lateAgainst(DeadlineTimer.REVIEW, today), ComplaintReviewPolicy.DECISION,
                language));
        appeal.deadlines().closeAll("ComplaintDecided", today);
        if (command.outcome() == ComplaintOutcome.CASE_SENT_BACK) {
            // art. 100(2): the review body's own duty, counted from its decision
            appeal.deadlines().schedule(DeadlineTimer.CASE_SENT_BACK, time.timer(ProceduralTimer.CASE_SENT_BACK,
                    today), deadlineManager, time);
        }
        return appeal.ack();
    }

    /** APPC art. 100(2): the review body sends the complaint and the case back; the challenged appeal follows. */
    @CommandHandler
    public ComplaintSentBack handle(SendBackComplaintAndCase command, StatutoryTime time) {
        ComplaintReviewPolicy.sendingBack(this, command).orRefuse();
        appeal.deadlines().close(DeadlineTimer.CASE_SENT_BACK, "CaseSentBack", time.today());
        return new ComplaintSentBack(appeal.ack(), challengedAppealId, violations);
    }

    /**
     * APPC art. 100(2): the case comes back to be considered anew. The 5 working days of art. 100(2) were the review
     * body's, to send it; the Code sets the original body no new period (docs/decisions.md).
     */
    @CommandHandler
    public CommandAck handle(SendCaseBack command, StatutoryTime time) {
        if (appeal.state() != AppealState.DECIDED || appeal.decision().actId() == null) {
            throw new StateConflict("APPC art. 100(2)", "appeal " + appeal.registrationNumber() + " has no decided act"
                    + " to send back");
        }
        apply(new CaseSentBack(appeal.id(), command.complaintAppealId(), command.violations(), time.today(),
                "APPC art. 100(2)"));
        return appeal.ack();
    }

    public AppealKind kind() {
        return appeal.kind();
    }

    public AppealState state() {
        return appeal.state();
    }

    /** The body whose act is challenged, with which the complaint was filed. */
    public String filedWithBodyId() {
        return filedWithBodyId;
    }

    /** The official who signed the challenged act (art. 97(2)). */
    public String challengedActIssuedBy() {
        return challengedActIssuedBy;
    }

    public String challengedAppealId() {
        return challengedAppealId;
    }

    public boolean forwarded() {
        return forwarded;
    }

    /** The review body's outcome (art. 100(1)); null until decided. */
    public ComplaintOutcome outcome() {
        return outcome;
    }

    /** The violations the review body listed when it sent the case back (art. 100(2)). */
    public List<String> violations() {
        return violations;
    }

    /** Whether a complaint already suspended the current act (art. 96). */
    public boolean actExecutionSuspended() {
        return actExecutionSuspended;
    }

    /** Art. 92(3): the complaint came after its filing period. */
    public boolean filedLate() {
        return filedLate;
    }

    public boolean filingPeriodRestored() {
        return filingPeriodRestored;
    }

    /** The earlier complaint this one was filed again after (art. 95(3)); else null. */
    public String refiledAfter() {
        return refiledAfter;
    }

    public Party applicant() {
        return appeal.intake().applicant();
    }

    /** Art. 98(3): whether the review heard both sides (a hearing is recorded on the complaint). */
    public boolean bothSidesHeard() {
        return appeal.consideration().hearing().held();
    }

    /** Whether the review body still has to send the complaint and case back (art. 100(2)). */
    public boolean caseToSendBack() {
        return appeal.deadlines().open(DeadlineTimer.CASE_SENT_BACK) != null;
    }

    /** The day the complaint was decided (by the review body, or satisfied by the challenged body); else null. */
    public LocalDate decidedOn() {
        return decidedOn;
    }

    @EventSourcingHandler
    void on(ComplaintFiled event) {
        filedLate = event.late();
        challengedAppealId = event.challengedAppealId();
        challengedActIssuedBy = event.challengedActIssuedBy();
        filedWithBodyId = event.filedWithBodyId();
    }

    @EventSourcingHandler
    void on(ComplaintForwarded event) {
        forwarded = true;
    }

    @EventSourcingHandler
    void on(ComplaintSatisfiedByChallengedBody event) {
        decidedOn = event.decidedOn();
    }

    @EventSourcingHandler
    void on(ComplaintDecided event) {
        decidedOn = event.decidedOn();
        outcome = event.outcome();
        violations = event.violations() == null ? List.of() : event.violations();
    }

    @EventSourcingHandler
    void on(ActExecutionSuspended event) {
        actExecutionSuspended = true;
    }

    /** A new act is a new act to suspend. */
    @EventSourcingHandler
    void on(AdministrativeActIssued event) {
        actExecutionSuspended = false;
    }

    @EventSourcingHandler
    void on(SuspensionExceptionStated event) {
        suspensionExceptionActId = event.actId();
    }

    @EventSourcingHandler
    void on(ComplaintFilingPeriodRestored event) {
        filingPeriodRestored = true;
    }

    @EventSourcingHandler
    void on(ComplaintRefiled event) {
        refiledAfter = event.earlierComplaintId();
    }
}
