package kz.appeals.command.infra;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import kz.appeals.clock.ClockSettings;
import kz.appeals.clock.StatutoryClock;
import kz.appeals.command.domain.ProcedureSettings;
import kz.appeals.command.domain.StatutoryTime;

@Configuration
class ClockConfig {

    /** Settings from the environment (APPEALS_CALENDAR_DIR ...), read through Spring so that tests can set them too. */
    @Bean
    StatutoryClock statutoryClock(Environment environment) {
        return StatutoryClock.create(ClockSettings.fromEnvironment(environment::getProperty));
    }

    /** The one notion of "now" for the service: business dates and the deadline scheduler both read it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Readings the Code does not settle ([U]): the review period's pause while defects are fixed, off by default. */
    @Bean
    ProcedureSettings procedureSettings(
            @Value("${appeals.procedure.pause-review-while-defects-fixed:false}") boolean pauseWhileDefectsFixed) {
        return new ProcedureSettings(pauseWhileDefectsFixed);
    }

    /** Warnings before a deadline, in working days (setting {@code APPEALS_DEADLINE_WARNINGS}, default "3,1"). */
    @Bean
    StatutoryTime statutoryTime(StatutoryClock statutoryClock, Clock clock,
                                @Value("${appeals.deadlines.warning-working-days:3,1}") String warnings) {
        List<Integer> days = Arrays.stream(warnings.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Integer::valueOf).toList();
        return new StatutoryTime(statutoryClock, clock, days);
    }
}
