package kz.appeals.command.infra;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;

/**
 * The db-scheduler instance behind Axon's {@code DbSchedulerDeadlineManager} (configured by Axon's
 * {@code AxonDbSchedulerAutoConfiguration} once this bean exists). Deadlines live in {@code command.scheduled_tasks}:
 * they survive restarts, are picked by one instance only, and are written through a transaction-aware data source so
 * that a deadline exists exactly when the command that scheduled it committed. The scheduler reads the application's
 * {@link Clock}, the same one that gives business dates, so "now" is one thing in the whole service. It starts once the
 * application is ready (Axon does not start it), so no deadline fires into a half-built context.
 */
@Configuration
class DeadlineSchedulerConfig {

    private Scheduler scheduler;

    @Bean(destroyMethod = "stop")
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, Clock clock,
                                @Value("${appeals.deadlines.polling-interval:PT10S}") Duration pollingInterval,
                                @Value("${appeals.deadlines.threads:4}") int threads) {
        scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .clock(clock::instant)
                .pollingInterval(pollingInterval)
                .threads(threads)
                .tableName("scheduled_tasks")
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
        return scheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startDeadlines() {
        scheduler.start();
    }
}
