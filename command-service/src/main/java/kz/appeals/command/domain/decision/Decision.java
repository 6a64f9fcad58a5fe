package kz.appeals.command.domain.decision;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.ProceduralTimer;
import kz.appeals.command.domain.ActorMetaData;
import kz.appeals.command.domain.Appeal;
import kz.appeals.command.domain.CommandAck;
import kz.appeals.command.domain.StatutoryTime;
import kz.appeals.command.domain.consideration.HearingPolicy;
import kz.appeals.command.domain.deadlines.Deadlines;
import kz.appeals.events.AdministrativeActIssued;
import kz.appeals.events.AppealLeftWithoutConsideration;
import kz.appeals.events.AppealPartiallyRedirected;
import kz.appeals.events.AppealRedirected;
import kz.appeals.events.AppealReturned;
import kz.appeals.events.ComplaintDecided;
import kz.appeals.events.ComplaintOutcome;
import kz.appeals.events.ComplaintRoute;
import kz.appeals.events.ComplaintSatisfiedByChallengedBody;
import kz.appeals.events.DeadlineTimer;
import kz.appeals.events.Language;
import kz.appeals.events.DefectCorrectionRequested;
import kz.appeals.events.DeliveredDocument;
import kz.appeals.events.DeliveryRecorded;
import kz.appeals.events.LeaveWithoutConsiderationGround;
import kz.appeals.events.Party;
import kz.appeals.events.PreliminaryDecisionSent;
import kz.appeals.events.ProcedureTerminated;
import kz.appeals.events.RecusalDecided;
import kz.appeals.events.ReviewPeriodExtended;
import kz.appeals.events.SimplifiedAnswerGiven;
import kz.appeals.events.SuspensionExceptionStated;
import kz.appeals.events.TerminationGround;
import kz.appeals.lifecycle.AppealState;

/**
 * Decision and delivery (APPC arts. 66, 70, 77-80, 88-89, 95): the administrative act, the simplified answer,
 * termination, leaving a complaint without consideration, and which documents went out and reached whom.
 */
public class Decision {

    private final Appeal appeal;
    private String actId;
    private String actIssuedBy;
    private LocalDate actIssuedOn;
    private Instant actDeliveredAt;
    private ComplaintRoute route;
    private Instant complaintDecisionDeliveredAt;
    private LeaveWithoutConsiderationGround leftWithoutConsiderationGround;
    private final Set<DeliveredDocument> issued = EnumSet.noneOf(DeliveredDocument.class);
    private final Map<DeliveredDocument, Set<String>> reached = new EnumMap<>(DeliveredDocument.class);

    public Decision(Appeal appeal) {
        this.appeal = appeal;
    }

    @CommandHandler
    public CommandAck handle(IssueAdministrativeAct command, DeadlineManager deadlineManager, StatutoryTime time,
                             MetaData metaData) {
        LocalDate today = time.today();
        Deadlines deadlines = appeal.deadlines();
        Language language = LanguagePolicy.answerLanguage(command.language(), appeal.intake().language());
        AdministrativeActPolicy.act(this, command).orRefuse();
        LanguagePolicy.answer(language, appeal.intake().language()).orRefuse();
        HearingPolicy.actMayFollow(appeal.consideration().hearing(), command.nature(), today).orRefuse();
        ActExecutionPolicy.statedPeriod(today, command.executeBy(),
                command.executeBy() == null || time.clock().isWorkingDay(command.executeBy())).orRefuse();
        apply(new AdministrativeActIssued(appeal.id(), command.actId(), command.actNumber(), command.nature(),
                command.outcome(), command.summary(), today, ActorMetaData.from(metaData).userId(),
                appeal.holdingBody().bodyId(), command.route(), deadlines.lateAgainst(DeadlineTimer.REVIEW, today)
                || deadlines.lateAgainst(DeadlineTimer.CASE_SENT_BACK, today), AdministrativeActPolicy.BASIS,
                language));
        deadlines.close(DeadlineTimer.REVIEW, "AdministrativeActIssued", today);
        deadlines.close(DeadlineTimer.CASE_SENT_BACK, "AdministrativeActIssued", today);
        appeal.actExecution().start(command, today, deadlineManager, time);
        return appeal.ack();
    }

    @CommandHandler
    public CommandAck handle(GiveSimplifiedAnswer command, StatutoryTime time, MetaData metaData) {
        LocalDate today = time.today();
        Language language = LanguagePolicy.answerLanguage(command.language(), appeal.intake().language());
        SimplifiedProcedurePolicy.answer(this, command).orRefuse();
        LanguagePolicy.answer(language, appeal.intake().language()).orRefuse();
        apply(new SimplifiedAnswerGiven(appeal.id(), command.outcome(), command.answer(), command.lawsCited(), today,
                ActorMetaData.from(metaData).userId(), appeal.deadlines().lateAgainst(DeadlineTimer.REVIEW, today),
                SimplifiedProcedurePolicy.BASIS, language));
        appeal.deadlines().close(DeadlineTimer.REVIEW, "SimplifiedAnswerGiven", today);
        return appeal.ack();
    }

    @CommandHandler
    public CommandAck handle(TerminateProcedure command, DeadlineManager deadlineManager, StatutoryTime time) {
        TerminationPolicy.termination(this, command).orRefuse();
        terminate(command.ground(), command.reasons(), deadlineManager, time);
        return appeal.ack();
    }

    /** Art. 70 (88(1)): the procedure ends; under art. 70 the participant is told within 3 working days. */
    public void terminate(TerminationGround ground, String reasons, DeadlineManager deadlineManager,
                          StatutoryTime time) {
        LocalDate today = time.today();
        apply(new ProcedureTerminated(appeal.id(), ground, reasons, today, ground.legalBasis()));
        appeal.deadlines().closeAll("ProcedureTerminated", today);
        if (TerminationPolicy.noticeDue(ground)) {
            appeal.deadlines().schedule(DeadlineTimer.TERMINATION_NOTICE,
                    time.timer(ProceduralTimer.TERMINATION_NOTICE, today), deadlineManager, time);
        }
    }

    @CommandHandler
    public CommandAck handle(LeaveWithoutConsideration command, DeadlineManager deadlineManager, StatutoryTime time,
                             MetaData metaData) {
        LeaveWithoutConsiderationPolicy.leaving(this, command).orRefuse();
        LocalDate today = time.today();
        apply(new AppealLeftWithoutConsideration(appeal.id(), command.ground(), command.reasons(), today,
                LeaveWithoutConsiderationPolicy.BASIS));
        apply(new ComplaintDecided(appeal.id(), appeal.complaint().challengedAppealId(),
                ComplaintOutcome.LEFT_WITHOUT_CONSIDERATION, command.reasons(), List.of(), today,
                ActorMetaData.from(metaData).userId(), appeal.holdingBody().bodyId(),
                appeal.deadlines().lateAgainst(DeadlineTimer.REVIEW, today), LeaveWithoutConsiderationPolicy.BASIS));
        appeal.deadlines().closeAll("AppealLeftWithoutConsideration", today);
        appeal.deadlines().schedule(DeadlineTimer.LEAVE_WITHOUT_CONSIDERATION_NOTICE,
                time.timer(ProceduralTimer.LEAVE_WITHOUT_CONSIDERATION_NOTICE, today), deadlineManager, time);
        return appeal.ack();
    }

    @CommandHandler
    public CommandAck handle(RecordDelivery command, StatutoryTime time) {
        Party applicant = appeal.intake().applicant();
        List<Party> participants = new ArrayList<>();
        participants.add(applicant);
        participants.addAll(appeal.intake().members());
        DeliveryPolicy.delivery(issued, command, participants).orRefuse();
        Instant contactReachedAt = null;
        for (Delivery delivery : command.deliveries()) {
            Party recipient = DeliveryPolicy.recipient(participants, delivery.recipientId()).orElseThrow();
            apply(new DeliveryRecorded(appeal.id(), command.document(), command.documentRef(), delivery.recipientId(),
                    recipient.fullName() != null ? recipient.fullName() : recipient.organisationName(),
                    recipient == applicant && !appeal.intake().members().isEmpty(), delivery.channel(),
                    delivery.deliveredAt(), delivery.proof(), DeliveryPolicy.BASIS));
            if (DeliveryPolicy.closesNotice(recipient, applicant)) {
                contactReachedAt = delivery.deliveredAt();
            }
        }
        DeadlineTimer notice = noticeTimer(command.document());
        if (notice != null && contactReachedAt != null) {
            appeal.deadlines().close(notice, "DeliveryRecorded", LocalDate.ofInstant(contactReachedAt,
                    time.clock().zone()));
        }
        return appeal.ack();
    }

    private static DeadlineTimer noticeTimer(DeliveredDocument document) {
        return switch (document) {
            case EXTENSION_NOTICE -> DeadlineTimer.EXTENSION_NOTICE;
            case TERMINATION_NOTICE -> DeadlineTimer.TERMINATION_NOTICE;
            case LEAVE_WITHOUT_CONSIDERATION_NOTICE -> DeadlineTimer.LEAVE_WITHOUT_CONSIDERATION_NOTICE;
            case RECUSAL_NOTICE -> DeadlineTimer.RECUSAL_NOTICE;
            default -> null;
        };
    }

    public AppealKind kind() {
        return appeal.kind();
    }

    public AppealState state() {
        return appeal.state();
    }

    public String actId() {
        return actId;
    }

    public String actIssuedBy() {
        return actIssuedBy;
    }

    public LocalDate actIssuedOn() {
        return actIssuedOn;
    }

    public Instant actDeliveredAt() {
        return actDeliveredAt;
    }

    public ComplaintRoute route() {
        return route;
    }

    /** Why the complaint was left without consideration (art. 95); null if it was not. */
    public LeaveWithoutConsiderationGround leftWithoutConsiderationGround() {
        return leftWithoutConsiderationGround;
    }

    /**
     * APPC art. 96: the act states that a complaint does not suspend its execution. It is part of the act, so it is
     * stated on the day the act is adopted, before any complaint suspended it.
     */
    @CommandHandler
    public CommandAck handle(StateSuspensionException command, StatutoryTime time) {
        SuspensionExceptionPolicy.statement(this, command, time.today(),
                appeal.complaint().actExecutionSuspended()).orRefuse();
        apply(new SuspensionExceptionStated(appeal.id(), actId, command.exception(), command.reasons(),
                SuspensionExceptionPolicy.BASIS));
        return appeal.ack();
    }

    public Instant complaintDecisionDeliveredAt() {
        return complaintDecisionDeliveredAt;
    }

    /** Art. 80(5): the act itself named the court as the route, there being no higher body. */
    public boolean actRoutedToCourt() {
        return actId != null && route != null && route.bodyId() == null && route.court() != null;
    }

    @EventSourcingHandler
    void on(AdministrativeActIssued event) {
        actId = event.actId();
        actIssuedBy = event.issuedBy();
        actIssuedOn = event.issuedOn();
        actDeliveredAt = null;
        route = event.route();
        issued.add(DeliveredDocument.ADMINISTRATIVE_ACT);
        reached.remove(DeliveredDocument.ADMINISTRATIVE_ACT);
    }

    @EventSourcingHandler
    void on(DeliveryRecorded event) {
        reached.computeIfAbsent(event.document(), d -> new HashSet<>()).add(event.recipientId());
        if (event.document() == DeliveredDocument.ADMINISTRATIVE_ACT && actDeliveredAt == null) {
            actDeliveredAt = event.deliveredAt();
        }
        if (event.document() == DeliveredDocument.COMPLAINT_DECISION && complaintDecisionDeliveredAt == null) {
            complaintDecisionDeliveredAt = event.deliveredAt();
        }
    }

    // The documents the appeal has issued, which a delivery may then record (art. 66(2)).

    @EventSourcingHandler
    void on(DefectCorrectionRequested event) {
        issued.add(DeliveredDocument.DEFECT_NOTICE);
    }

    @EventSourcingHandler
    void on(AppealReturned event) {
        issued.add(DeliveredDocument.RETURN_NOTICE);
    }

    @EventSourcingHandler
    void on(AppealRedirected event) {
        issued.add(DeliveredDocument.REDIRECT_NOTICE);
    }

    @EventSourcingHandler
    void on(AppealPartiallyRedirected event) {
        issued.add(DeliveredDocument.REDIRECT_NOTICE);
    }

    @EventSourcingHandler
    void on(ReviewPeriodExtended event) {
        issued.add(DeliveredDocument.EXTENSION_NOTICE);
    }

    @EventSourcingHandler
    void on(PreliminaryDecisionSent event) {
        issued.add(DeliveredDocument.PRELIMINARY_DECISION);
    }

    @EventSourcingHandler
    void on(SimplifiedAnswerGiven event) {
        issued.add(DeliveredDocument.SIMPLIFIED_ANSWER);
    }

    @EventSourcingHandler
    void on(ProcedureTerminated event) {
        issued.add(DeliveredDocument.TERMINATION_NOTICE);
    }

    @EventSourcingHandler
    void on(AppealLeftWithoutConsideration event) {
        issued.add(DeliveredDocument.LEAVE_WITHOUT_CONSIDERATION_NOTICE);
        leftWithoutConsiderationGround = event.ground();
    }

    @EventSourcingHandler
    void on(ComplaintSatisfiedByChallengedBody event) {
        issued.add(DeliveredDocument.COMPLAINT_DECISION);
    }

    @EventSourcingHandler
    void on(ComplaintDecided event) {
        issued.add(DeliveredDocument.COMPLAINT_DECISION);
    }

    @EventSourcingHandler
    void on(RecusalDecided event) {
        issued.add(DeliveredDocument.RECUSAL_NOTICE);
        reached.remove(DeliveredDocument.RECUSAL_NOTICE);
    }
}
