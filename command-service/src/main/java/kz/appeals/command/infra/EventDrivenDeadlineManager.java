package kz.appeals.command.infra;

import java.time.Instant;

import org.axonframework.common.Registration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ScopeDescriptor;

import kz.appeals.command.domain.deadlines.DeadlineTrigger;

/**
 * The deadline manager the appeal arms (Deadlines.arm) with a wake-up per warning and expiry. Those wake-ups are not
 * stored one by one: every one of them is implied by the DeadlineScheduled / DeadlineMoved event the same command
 * applies (its due date and warning days), which {@link OpenDeadlines} turns into the deadline's row, and the
 * {@link DeadlineSweeper} delivers them. So scheduling here only checks that the request is one the row describes;
 * cancelling is never needed (a closed deadline's row is deleted, a stale trigger is ignored by the appeal).
 */
class EventDrivenDeadlineManager implements DeadlineManager {

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload,
                           ScopeDescriptor deadlineScope) {
        if (!DeadlineTrigger.NAME.equals(deadlineName) || !(messageOrPayload instanceof DeadlineTrigger trigger)) {
            throw new UnsupportedOperationException("Only statutory deadlines are scheduled, and only through "
                    + "DeadlineScheduled/DeadlineMoved events; not " + deadlineName);
        }
        return deadlineScope.scopeDescription() + ":" + trigger.timer() + ":" + triggerDateTime;
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        throw new UnsupportedOperationException("deadlines close by DeadlineClosed events");
    }

    @Override
    public void cancelAll(String deadlineName) {
        throw new UnsupportedOperationException("deadlines close by DeadlineClosed events");
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        throw new UnsupportedOperationException("deadlines close by DeadlineClosed events");
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super DeadlineMessage<?>> dispatchInterceptor) {
        return () -> true;
    }

    @Override
    public Registration registerHandlerInterceptor(
            MessageHandlerInterceptor<? super DeadlineMessage<?>> handlerInterceptor) {
        return () -> true;
    }
}
