package kz.appeals.command.domain.deadlines;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateScopeDescriptor;

import kz.appeals.clock.AppealKind;
import kz.appeals.clock.DueDate;
import kz.appeals.clock.ProceduralTimer;
import kz.appeals.command.domain.Appeal;
import kz.appeals.command.domain.CommandAck;
import kz.appeals.command.domain.ProcedureSettings;
import kz.appeals.command.domain.Procedures;
import kz.appeals.command.domain.StatutoryTime;
import kz.appeals.events.ComputedDate;
import kz.appeals.events.DeadlineClosed;
import kz.appeals.events.DeadlineMissed;
import kz.appeals.events.DeadlineMoved;
import kz.appeals.events.DeadlineScheduled;
import kz.appeals.events.DeadlineTimer;
import kz.appeals.events.DeadlineWarningIssued;
import kz.appeals.events.DeemedRefusalOccurred;
import kz.appeals.lifecycle.AppealState;
import kz.appeals.lifecycle.OpenDeadline;

/**
 * The appeal's statutory clocks: it schedules, moves and closes them, arms the deadline manager for each warning and
 * expiry, and answers its triggers. Which periods are open is the shared lifecycle's ({@link OpenDeadline}); this
 * member keeps only whether silence has already counted as a refusal (APPC arts. 91(2), 100(5)).
 */
public class Deadlines {

    private final Appeal appeal;
    private LocalDate deemedRefusalOn;
    private String deemedRefusalOpens;

    public Deadlines(Appeal appeal) {
        this.appeal = appeal;
    }

    public OpenDeadline open(DeadlineTimer timer) {
        return appeal.lifecycle().deadline(timer.name());
    }

    /** Whether {@code day} is after the open period's due date. */
    public boolean lateAgainst(DeadlineTimer timer, LocalDate day) {
        OpenDeadline open = open(timer);
        return open != null && day.isAfter(open.dueDate());
    }

    /** Whether the review period already expired in silence, counting as a refusal (arts. 91(2), 100(5)). */
    public boolean deemedRefused() {
        return deemedRefusalOn != null;
    }

    /** The day the review period expired in silence, if that opened the court (art. 136(6)); else null. */
    public LocalDate deemedRefusalOpeningCourt() {
        return "COURT".equals(deemedRefusalOpens) ? deemedRefusalOn : null;
    }

    /** A new calendar version moved a working day inside an open deadline; a deadline already changed is left alone. */
    @CommandHandler
    public CommandAck handle(MoveDeadlineForCalendar command, DeadlineManager deadlineManager, StatutoryTime time) {
        OpenDeadline open = appeal.lifecycle().deadline(command.timer());
        if (open != null && open.dueDate().equals(command.from()) && !command.to().equals(command.from())) {
            List<StatutoryTime.Warning> warnings = armableWarnings(open.startsOn(), command.to(), time);
            apply(new DeadlineMoved(appeal.id(), DeadlineTimer.valueOf(command.timer()).deadlineId(appeal.id()),
                    command.timer(), open.dueDate(), command.to(), "CALENDAR_CHANGE", command.reason(),
                    open.legalBasis(), time.clock().ruleSetVersionAt(open.startsOn()), command.calendarVersion(),
                    command.explanation(), days(warnings)));
            arm(command.timer(), command.to(), warnings, deadlineManager, time);
        }
        return appeal.ack();
    }

    public void onTrigger(DeadlineTrigger trigger, DeadlineManager deadlineManager, StatutoryTime time,
                          ProcedureSettings settings) {
        OpenDeadline open = appeal.lifecycle().deadline(trigger.timer());
        if (open == null || !open.dueDate().equals(trigger.dueDate())) {
            return;
        }
        boolean review = DeadlineTimer.REVIEW.name().equals(trigger.timer());
        if (review && appeal.state() == AppealState.AWAITING_CORRECTION && settings.reviewPausedWhileDefectsFixed()) {
            return;
        }
        String deadlineId = appeal.id() + ":" + trigger.timer();
        if (!trigger.expiry()) {
            if (!open.missed() && !open.warned().contains(trigger.workingDaysLeft())) {
                apply(new DeadlineWarningIssued(appeal.id(), deadlineId, trigger.timer(), open.dueDate(), trigger.on(),
                        trigger.workingDaysLeft(), open.legalBasis()));
            }
            return;
        }
        if (DeadlineTimer.DEFECT_CORRECTION.name().equals(trigger.timer())) {
            apply(new DeadlineClosed(appeal.id(), deadlineId, trigger.timer(), open.dueDate(), trigger.on(), false,
                    "the period to fix the defects passed without a correction", open.legalBasis()));
            schedule(DeadlineTimer.RETURN, time.timer(ProceduralTimer.RETURN, open.dueDate()), deadlineManager, time);
            return;
        }
        if (open.missed()) {
            return;
        }
        apply(new DeadlineMissed(appeal.id(), deadlineId, trigger.timer(), open.dueDate(), trigger.on(),
                open.legalBasis()));
        if (review && Procedures.silenceIsRefusal(appeal.kind()) && deemedRefusalOn == null) {
            boolean complaint = appeal.kind() == AppealKind.COMPLAINT;
            DueDate window = time.timer(complaint ? ProceduralTimer.LAWSUIT : ProceduralTimer.COMPLAINT_FILING,
                    open.dueDate());
            apply(new DeemedRefusalOccurred(appeal.id(), deadlineId, open.dueDate(), complaint ? "COURT" : "COMPLAINT",
                    ComputedDate.of(window), complaint ? "APPC art. 100(5), 136(6)" : "APPC art. 91(2)"));
        }
    }

    public void schedule(DeadlineTimer timer, DueDate due, DeadlineManager deadlineManager, StatutoryTime time) {
        List<StatutoryTime.Warning> warnings = armableWarnings(due.startsOn(), due.dueDate(), time);
        apply(new DeadlineScheduled(appeal.id(), timer.deadlineId(appeal.id()), timer.name(), due.startsOn(),
                due.dueDate(), due.period(), due.legalBasis(), due.confirmedInCode(), due.ruleSetVersion(),
                due.calendarVersion(), due.explanation(), days(warnings)));
        arm(timer.name(), due.dueDate(), warnings, deadlineManager, time);
    }

    public void move(DeadlineTimer timer, DueDate to, String cause, String reason, DeadlineManager deadlineManager,
                     StatutoryTime time) {
        OpenDeadline open = open(timer);
        List<StatutoryTime.Warning> warnings = armableWarnings(open.startsOn(), to.dueDate(), time);
        apply(new DeadlineMoved(appeal.id(), timer.deadlineId(appeal.id()), timer.name(), open.dueDate(),
                to.dueDate(), cause, reason, to.legalBasis(), to.ruleSetVersion(), to.calendarVersion(),
                to.explanation(), days(warnings)));
        arm(timer.name(), to.dueDate(), warnings, deadlineManager, time);
    }

    public void close(DeadlineTimer timer, String reason, LocalDate closedOn) {
        OpenDeadline open = open(timer);
        if (open != null) {
            apply(new DeadlineClosed(appeal.id(), timer.deadlineId(appeal.id()), timer.name(), open.dueDate(),
                    closedOn, !closedOn.isAfter(open.dueDate()), reason, open.legalBasis()));
        }
    }

    public void closeAll(String reason, LocalDate closedOn) {
        for (String timer : List.copyOf(appeal.lifecycle().deadlines().keySet())) {
            close(DeadlineTimer.valueOf(timer), reason, closedOn);
        }
    }

    /** Warnings whose day has not passed: a warning for a day already gone would only arrive late. */
    private static List<StatutoryTime.Warning> armableWarnings(LocalDate startsOn, LocalDate dueDate,
                                                               StatutoryTime time) {
        LocalDate today = time.today();
        return time.warnings(startsOn.isAfter(today) ? startsOn : today, dueDate);
    }

    private void arm(String timer, LocalDate dueDate, List<StatutoryTime.Warning> warnings,
                     DeadlineManager deadlineManager, StatutoryTime time) {
        AggregateScopeDescriptor scope = new AggregateScopeDescriptor(Appeal.TYPE, appeal.id());
        for (StatutoryTime.Warning warning : warnings) {
            deadlineManager.schedule(time.startOf(warning.day()), DeadlineTrigger.NAME,
                    new DeadlineTrigger(timer, dueDate, warning.workingDaysLeft(), warning.day()), scope);
        }
        deadlineManager.schedule(time.expiryOf(dueDate), DeadlineTrigger.NAME,
                new DeadlineTrigger(timer, dueDate, 0, dueDate.plusDays(1)), scope);
    }

    private static List<LocalDate> days(List<StatutoryTime.Warning> warnings) {
        return warnings.stream().map(StatutoryTime.Warning::day).toList();
    }

    @EventSourcingHandler
    void on(DeemedRefusalOccurred event) {
        deemedRefusalOn = event.expiredOn();
        deemedRefusalOpens = event.opens();
    }
}
