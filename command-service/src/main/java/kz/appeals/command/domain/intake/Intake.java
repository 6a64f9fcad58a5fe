package kz.appeals.command.domain.intake;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.DueDate;
import kz.appeals.clock.ProceduralTimer;
import kz.appeals.command.domain.Appeal;
import kz.appeals.command.domain.AppealRecord;
import kz.appeals.command.domain.AppealRecords;
import kz.appeals.command.domain.BodyLevels;
import kz.appeals.command.domain.CommandAck;
import kz.appeals.command.domain.ProcedureSettings;
import kz.appeals.command.domain.StatutoryTime;
import kz.appeals.command.domain.Procedures;
import kz.appeals.events.Addressee;
import kz.appeals.events.AnonymousAppealRecorded;
import kz.appeals.events.AppealDefectsFound;
import kz.appeals.events.AppealFiled;
import kz.appeals.events.AppealForm;
import kz.appeals.events.AppealPartiallyRedirected;
import kz.appeals.events.AppealRedirected;
import kz.appeals.events.AppealRegistered;
import kz.appeals.events.AppealReturned;
import kz.appeals.events.AppealWithdrawn;
import kz.appeals.events.Channel;
import kz.appeals.events.ComplaintForwarded;
import kz.appeals.events.ComputedDate;
import kz.appeals.events.DeadlineTimer;
import kz.appeals.events.DefectCorrectionRequested;
import kz.appeals.events.DefectsCorrected;
import kz.appeals.events.ExecutorAssigned;
import kz.appeals.events.Language;
import kz.appeals.events.MemberJoined;
import kz.appeals.events.Party;
import kz.appeals.events.RepeatConsequence;
import kz.appeals.events.RepeatedAppealAttached;
import kz.appeals.events.RepeatedAppealIdentified;
import kz.appeals.events.ReturnGround;
import kz.appeals.lifecycle.AppealState;
import kz.appeals.lifecycle.OpenDeadline;

/**
 * Intake and routing (APPC arts. 64, 65): what was received and registered, defects and their correction, return,
 * repeats, withdrawal, redirects to the competent body and the executor in charge.
 */
public class Intake {

    private final Appeal appeal;
    private AppealKind kind;
    private String registrationNumber;
    private Instant receivedAt;
    private Party applicant;
    private List<Party> members = List.of();
    private AppealForm form;
    private Channel channel;
    private Language language;
    private String executorId;
    private LocalDate correctionRequestedOn;
    private LocalDate fixBy;
    private LocalDate registeredOn;
    private LocalDate reviewStartsOn;
    private ReturnGround returnGround;
    private RepeatConsequence repeatConsequence;
    private LocalDate statutoryDueDate;

    public Intake(Appeal appeal) {
        this.appeal = appeal;
    }

    /**
     * APPC arts. 64(1), 64(7-2), 63: right after registration, what the appeal lacks is recorded for the body to act
     * on ({@link AcceptancePolicy}); an anonymous appeal is recorded and not considered, its periods closed, unless it
     * reports a crime or a threat to security, which must be redirected on the day of registration.
     */
    public void screen(boolean reportsCrimeOrThreat, LocalDate registeredOn, DeadlineManager deadlineManager,
                       StatutoryTime time) {
        if (AcceptancePolicy.anonymous(applicant)) {
            apply(new AnonymousAppealRecorded(appeal.id(), registeredOn, reportsCrimeOrThreat,
                    AcceptancePolicy.ANONYMOUS_BASIS));
            if (reportsCrimeOrThreat) {
                appeal.deadlines().schedule(DeadlineTimer.ANONYMOUS_REPORT_REDIRECT, time.setByDecision(
                        DeadlineTimer.ANONYMOUS_REPORT_REDIRECT.name(), registeredOn, registeredOn,
                        AcceptancePolicy.ANONYMOUS_BASIS, "an anonymous report of a crime or a threat to security is "
                                + "redirected to the competent body immediately, on the day of registration"),
                        deadlineManager, time);
            } else {
                appeal.deadlines().closeAll("AnonymousAppealRecorded", registeredOn);
            }
            return;
        }
        List<String> defects = AcceptancePolicy.defects(applicant, members);
        if (!defects.isEmpty()) {
            boolean simplified = Procedures.simplified(kind);
            apply(new AppealDefectsFound(appeal.id(), defects, registeredOn, simplified,
                    simplified ? AcceptancePolicy.SIMPLIFIED_DEFECTS_BASIS : AcceptancePolicy.DEFECTS_BASIS));
        }
    }

    @CommandHandler
    public CommandAck handle(RequestDefectCorrection command, DeadlineManager deadlineManager, StatutoryTime time) {
        LocalDate today = time.today();
        DefectCorrectionPolicy.request(this, command, today).orRefuse();
        apply(new DefectCorrectionRequested(appeal.id(), command.defects(), today, command.fixBy(),
                DefectCorrectionPolicy.BASIS));
        appeal.deadlines().schedule(DeadlineTimer.DEFECT_CORRECTION, time.setByDecision(
                DeadlineTimer.DEFECT_CORRECTION.name(), today, command.fixBy(), DefectCorrectionPolicy.BASIS,
                "period to fix the defects set by the body"), deadlineManager, time);
        return appeal.ack();
    }

    @CommandHandler
    public CommandAck handle(CorrectDefects command, DeadlineManager deadlineManager, StatutoryTime time,
                             ProcedureSettings settings) {
        DefectCorrectionPolicy.correction(this).orRefuse();
        LocalDate today = time.today();
        int paused = settings.reviewPausedWhileDefectsFixed()
                ? Math.max(0, time.clock().workingDaysBetween(correctionRequestedOn, today)) : 0;
        apply(new DefectsCorrected(appeal.id(), today, command.description(), paused, DefectCorrectionPolicy.BASIS));
        appeal.deadlines().close(DeadlineTimer.DEFECT_CORRECTION, "DefectsCorrected", today);
        OpenDeadline review = appeal.deadlines().open(DeadlineTimer.REVIEW);
        if (paused > 0 && review != null && !review.missed()) {
            DueDate moved = time.workingDays(DeadlineTimer.REVIEW.name(), paused, review.dueDate(),
                    DefectCorrectionPolicy.BASIS, "added after " + review.dueDate() + " for the days the period stood "
                            + "still while defects were fixed (" + correctionRequestedOn + " to " + today + ")");
            appeal.deadlines().move(DeadlineTimer.REVIEW, moved, "CORRECTION_PAUSE", "the review period stood still for "
                    + paused + " working days after the request of " + correctionRequestedOn + " until the correction"
                    + " on " + today + " (" + DefectCorrectionPolicy.BASIS + ")", deadlineManager, time);
        }
        return appeal.ack();
    }

    @CommandHandler
    public CommandAck handle(ReturnAppeal command, StatutoryTime time) {
        LocalDate today = time.today();
        ReturnPolicy.returning(this, command, today).orRefuse();
        apply(new AppealReturned(appeal.id(), command.ground(), command.reasons(), today, ReturnPolicy.BASIS));
        appeal.deadlines().closeAll("AppealReturned", today);
        return appeal.ack();
    }

    @CommandHandler
    public CommandAck handle(AttachRepeatedAppeal command, AppealRecords records, StatutoryTime time) {
        Optional<AppealRecord> earlier = records.find(command.earlierAppealId());
        RepeatedAppealPolicy.attaching(this, command.earlierAppealId(), earlier).orRefuse();
        attach(earlier.get(), command.reason(), time);
        return appeal.ack();
    }

    /**
     * APPC arts. 64(7)(2), 64(8), 70(1)(1), 70(5): the repeat is identified and what the Code makes of it follows at
     * once: the return period starts (3 working days from registration), the re-filing is attached, the procedure is
     * terminated, or nothing (a new appeal).
     */
    @CommandHandler
    public CommandAck handle(IdentifyRepeatedAppeal command, AppealRecords records, DeadlineManager deadlineManager,
                             StatutoryTime time) {
        Optional<AppealRecord> found = records.find(command.earlierAppealId());
        RepeatedAppealPolicy.identification(this, command.earlierAppealId(), found).orRefuse();
        AppealRecord earlier = found.get();
        RepeatConsequence consequence = RepeatedAppealPolicy.consequence(earlier, command.newArguments());
        RepeatedAppealPolicy.reasonsGiven(consequence, command.reasons()).orRefuse();
        LocalDate today = time.today();
        apply(new RepeatedAppealIdentified(appeal.id(), earlier.appealId(), earlier.registrationNumber(),
                command.newArguments(), consequence, today, RepeatedAppealPolicy.basis(consequence)));
        switch (consequence) {
            case RETURN -> appeal.deadlines().schedule(DeadlineTimer.RETURN,
                    time.timer(ProceduralTimer.RETURN, registeredOn), deadlineManager, time);
            case ATTACH -> attach(earlier, command.reasons(), time);
            case TERMINATE -> appeal.decision().terminate(RepeatedAppealPolicy.terminationGround(this),
                    command.reasons(), deadlineManager, time);
            case NEW_APPEAL -> { }
        }
        return appeal.ack();
    }

    private void attach(AppealRecord earlier, String reason, StatutoryTime time) {
        apply(new RepeatedAppealAttached(appeal.id(), earlier.appealId(), earlier.registrationNumber(), reason,
                RepeatedAppealPolicy.BASIS));
        appeal.deadlines().closeAll("RepeatedAppealAttached", time.today());
    }

    @CommandHandler
    public CommandAck handle(JoinAppeal command, StatutoryTime time) {
        JoinPolicy.joining(this, command).orRefuse();
        apply(new MemberJoined(appeal.id(), command.member(), time.today(), JoinPolicy.BASIS));
        return appeal.ack();
    }

    @CommandHandler
    public CommandAck handle(WithdrawAppeal command, StatutoryTime time) {
        WithdrawalPolicy.withdrawal(this, command).orRefuse();
        LocalDate today = time.today();
        apply(new AppealWithdrawn(appeal.id(), today, command.statement(), WithdrawalPolicy.BASIS));
        appeal.deadlines().closeAll("AppealWithdrawn", today);
        return appeal.ack();
    }

    @CommandHandler
    public CommandAck handle(RedirectAppeal command, DeadlineManager deadlineManager, StatutoryTime time,
                             BodyLevels bodyLevels) {
        LocalDate today = time.today();
        RedirectPolicy.redirect(this, command.to(), today, command.arrivesOn()).orRefuse();
        DueDate redirectDue = redirectDue(time);
        apply(new AppealRedirected(appeal.id(), appeal.holdingBody(), command.to(), command.reason(), today,
                command.arrivesOn(), ComputedDate.of(redirectDue), today.isAfter(redirectDue.dueDate()),
                "APPC art. 65, 76(2)"));
        appeal.deadlines().close(DeadlineTimer.ANONYMOUS_REPORT_REDIRECT, "AppealRedirected", today);
        appeal.deadlines().schedule(DeadlineTimer.REVIEW, time.clock().reviewDueDateAfterRedirect(kind, receivedAt,
                command.arrivesOn(), bodyLevels.levelOf(command.to().bodyId())), deadlineManager, time);
        return appeal.ack();
    }

    @CommandHandler
    public CommandAck handle(PartiallyRedirectAppeal command, StatutoryTime time) {
        LocalDate today = time.today();
        RedirectPolicy.partialRedirect(this, command, today).orRefuse();
        DueDate redirectDue = redirectDue(time);
        apply(new AppealPartiallyRedirected(appeal.id(), command.childAppealId(), command.to(), command.part(),
                command.reason(), today, command.arrivesOn(), ComputedDate.of(redirectDue),
                today.isAfter(redirectDue.dueDate()), RedirectPolicy.BASIS));
        return appeal.ack();
    }

    private DueDate redirectDue(StatutoryTime time) {
        return time.timer(ProceduralTimer.REDIRECT, LocalDate.ofInstant(receivedAt, time.clock().zone()));
    }

    @CommandHandler
    public CommandAck handle(AssignExecutor command) {
        AssignmentPolicy.assignment(this, command).orRefuse();
        apply(new ExecutorAssigned(appeal.id(), command.bodyId(), command.executorId(), command.coExecutors(),
                executorId, AssignmentPolicy.BASIS));
        return appeal.ack();
    }

    public AppealKind kind() {
        return kind;
    }

    public AppealState state() {
        return appeal.state();
    }

    public Addressee holdingBody() {
        return appeal.holdingBody();
    }

    /** The end of the period the applicant was given to fix defects (art. 64(6)); null if none was asked. */
    public LocalDate fixBy() {
        return fixBy;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public String appealId() {
        return appeal.id();
    }

    /** Why the appeal was returned (art. 64(7)); null if it was not. */
    public ReturnGround returnGround() {
        return returnGround;
    }

    /** What was found of this appeal as a repeat (arts. 64(7)(2), 64(8), 70); null if it was not found one. */
    public RepeatConsequence repeatConsequence() {
        return repeatConsequence;
    }

    /** The first day of the statutory review period as registered (art. 76(2)). */
    public LocalDate reviewStartsOn() {
        return reviewStartsOn;
    }

    /** The due date the kind's rule gave at registration, before any extension or move: the statutory period. */
    public LocalDate statutoryDueDate() {
        return statutoryDueDate;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Party applicant() {
        return applicant;
    }

    public List<Party> members() {
        return members;
    }

    public AppealForm form() {
        return form;
    }

    public Channel channel() {
        return channel;
    }

    /** The appeal's language (arts. 22, 89(2)); null if not stated. */
    public Language language() {
        return language;
    }

    @EventSourcingHandler
    void on(AppealFiled event) {
        kind = event.kind();
        applicant = event.applicant();
        members = event.members();
        form = event.form();
        channel = event.channel();
        receivedAt = event.receivedAt();
        language = event.language();
    }

    @EventSourcingHandler
    void on(MemberJoined event) {
        List<Party> joined = new ArrayList<>(members);
        joined.add(event.member());
        members = List.copyOf(joined);
    }

    @EventSourcingHandler
    void on(AppealRegistered event) {
        registrationNumber = event.registrationNumber();
        registeredOn = event.registeredOn();
        reviewStartsOn = event.reviewStartsOn();
        statutoryDueDate = event.dueDate();
    }

    @EventSourcingHandler
    void on(DefectCorrectionRequested event) {
        correctionRequestedOn = event.requestedOn();
        fixBy = event.fixBy();
    }

    @EventSourcingHandler
    void on(AppealRedirected event) {
        executorId = null;
    }

    @EventSourcingHandler
    void on(AppealReturned event) {
        returnGround = event.ground();
    }

    @EventSourcingHandler
    void on(RepeatedAppealIdentified event) {
        repeatConsequence = event.consequence();
    }

    @EventSourcingHandler
    void on(ExecutorAssigned event) {
        executorId = event.executorId();
    }

    @EventSourcingHandler
    void on(ComplaintForwarded event) {
        executorId = null;
    }
}
