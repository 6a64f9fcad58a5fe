package kz.appeals.command.infra;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.appeals.clock.ClockSettings;
import kz.appeals.clock.StatutoryClock;

@Configuration
class ClockConfig {

    @Bean
    StatutoryClock statutoryClock() {
        return StatutoryClock.create(ClockSettings.fromEnvironment());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
