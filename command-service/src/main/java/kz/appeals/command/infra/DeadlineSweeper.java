package kz.appeals.command.infra;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import kz.appeals.command.domain.Appeal;
import kz.appeals.command.domain.StatutoryTime;

/**
 * Delivers due deadline wake-ups (issue 13: deadlines as data). Every {@code appeals.deadlines.polling-interval} one
 * query takes the open deadlines whose {@code next_fire_at} has come, {@code FOR UPDATE SKIP LOCKED}, so instances
 * sharing the database never take the same row; each is handed to its appeal's {@code @DeadlineHandler} (which
 * records DeadlineWarningIssued, DeadlineMissed, DeemedRefusalOccurred ... and ignores a stale or repeated trigger),
 * and the row's next wake-up is advanced in the same transaction as those events (a savepoint per row, so one
 * failing appeal does not hold back the others): a wake-up is recorded exactly once, whichever instance runs it. The
 * service's {@link Clock} is "now", as for business dates. Sweeping starts once the application is ready.
 */
@Configuration
public class DeadlineSweeper implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweeper.class);

    private record Due(String deadlineId, String appealId, DeadlineAlarm alarm, Instant at) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate batch;
    private final TransactionTemplate perRow;
    private final StatutoryTime time;
    private final org.axonframework.config.Configuration axon;
    private final Duration interval;
    private final int batchSize;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "deadline-sweeper");
        thread.setDaemon(true);
        return thread;
    });

    DeadlineSweeper(JdbcTemplate jdbc, PlatformTransactionManager transactions, StatutoryTime time,
                    org.axonframework.config.Configuration axon,
                    @Value("${appeals.deadlines.polling-interval:PT10S}") Duration interval,
                    @Value("${appeals.deadlines.batch-size:100}") int batchSize) {
        this.jdbc = jdbc;
        this.batch = new TransactionTemplate(transactions);
        this.perRow = new TransactionTemplate(transactions);
        this.perRow.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.time = time;
        this.axon = axon;
        this.interval = interval;
        this.batchSize = batchSize;
    }

    @Bean
    static DeadlineManager deadlineManager() {
        return new EventDrivenDeadlineManager();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        batch.executeWithoutResult(status -> armDeadlinesOpenedBeforeV41());
        executor.scheduleWithFixedDelay(this::sweep, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }

    /**
     * Deadlines opened before migration V41 have no warnings in their row: they get the ones the appeal would arm
     * today (Deadlines.armableWarnings: the configured warnings not yet passed). A warning or expiry already
     * delivered by the old scheduler may be delivered again; the appeal records each only once.
     */
    private void armDeadlinesOpenedBeforeV41() {
        LocalDate today = time.today();
        jdbc.query("""
                SELECT deadline_id, timer, starts_on, due_date FROM open_deadline WHERE warning_days IS NULL
                FOR UPDATE SKIP LOCKED""", rs -> {
            LocalDate startsOn = rs.getDate(3).toLocalDate();
            LocalDate dueDate = rs.getDate(4).toLocalDate();
            List<LocalDate> days = time.warnings(startsOn.isAfter(today) ? startsOn : today, dueDate).stream()
                    .map(StatutoryTime.Warning::day).toList();
            DeadlineAlarm alarm = DeadlineAlarm.of(rs.getString(2), dueDate, days, time);
            jdbc.update("""
                    UPDATE open_deadline SET warning_days = CAST(? AS DATE[]), warning_days_left = CAST(? AS INTEGER[]),
                        next_fire_at = ? WHERE deadline_id = ?""", alarm.warningDaysLiteral(),
                    alarm.workingDaysLeftLiteral(), Timestamp.from(alarm.firstAt(time)), rs.getString(1));
        });
    }

    /** Delivers every wake-up due now, a batch per transaction, until none is left or a delivery failed. */
    public void sweep() {
        try {
            int[] outcome;
            do {
                outcome = batch.execute(status -> sweepBatch());
            } while (outcome != null && outcome[0] == batchSize && outcome[1] == 0);
        } catch (RuntimeException e) {
            log.warn("deadline sweep failed, retried in {}: {}", interval, e.toString());
        }
    }

    /** Returns {taken, failed}. */
    private int[] sweepBatch() {
        Instant now = time.now();
        List<Due> due = jdbc.query("""
                SELECT deadline_id, appeal_id, timer, due_date, warning_days, warning_days_left, next_fire_at
                FROM open_deadline WHERE next_fire_at <= ? AND warning_days IS NOT NULL
                ORDER BY next_fire_at LIMIT ? FOR UPDATE SKIP LOCKED""",
                (rs, i) -> new Due(rs.getString(1), rs.getString(2),
                        new DeadlineAlarm(rs.getString(3), rs.getDate(4).toLocalDate(), dates(rs.getArray(5)),
                                ints(rs.getArray(6))), rs.getTimestamp(7).toInstant()),
                Timestamp.from(now), batchSize);
        int failed = 0;
        for (Due wakeUp : due) {
            try {
                perRow.executeWithoutResult(status -> deliver(wakeUp));
            } catch (RuntimeException e) {
                failed++;
                log.warn("deadline {} due at {} not delivered, retried next sweep: {}", wakeUp.deadlineId(),
                        wakeUp.at(), e.toString());
            }
        }
        return new int[] {due.size(), failed};
    }

    private void deliver(Due wakeUp) {
        DeadlineAlarm.Step step = wakeUp.alarm().stepAt(wakeUp.at(), time);
        DeadlineMessage<?> message = GenericDeadlineMessage.asDeadlineMessage(
                kz.appeals.command.domain.deadlines.DeadlineTrigger.NAME, step.trigger(), time.now());
        ScopeDescriptor scope = new AggregateScopeDescriptor(Appeal.TYPE, wakeUp.appealId());
        ResultMessage<?> result = DefaultUnitOfWork.startAndGet(message).executeWithResult(() -> {
            axon.scopeAwareProvider().provideScopeAwareStream(scope).filter(s -> s.canResolve(scope))
                    .forEach(s -> {
                        try {
                            s.send(message, scope);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
            return null;
        });
        if (result.isExceptional()) {
            throw new IllegalStateException("the appeal refused the deadline trigger", result.exceptionResult());
        }
        // the appeal's events may have replaced or deleted the row (a new period, a close): then it is theirs
        Instant next = wakeUp.alarm().nextAfter(step.at(), time);
        jdbc.update("UPDATE open_deadline SET next_fire_at = ? WHERE deadline_id = ? AND next_fire_at = ? "
                        + "AND due_date = ?", next == null ? null : Timestamp.from(next), wakeUp.deadlineId(),
                Timestamp.from(wakeUp.at()), java.sql.Date.valueOf(wakeUp.alarm().dueDate()));
    }

    private static List<LocalDate> dates(Array array) throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        for (Object day : (Object[]) array.getArray()) {
            days.add(day instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(day.toString()));
        }
        return days;
    }

    private static List<Integer> ints(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(n -> ((Number) n).intValue()).toList();
    }
}
