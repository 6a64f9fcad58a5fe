package kz.appeals.command.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

import kz.appeals.clock.StatutoryClock;
import kz.appeals.command.domain.intake.WorkingHours;

/**
 * Each body's end of working hours (APPC art. 64(3)) from the working-hours file: the bundled
 * {@code working-hours.csv}, or the file named by {@code APPEALS_WORKING_HOURS_FILE}; bodies not listed end at the
 * clock's {@code APPEALS_END_OF_WORKING_DAY}. A malformed file stops the start with its line number.
 */
@Configuration
class WorkingHoursConfig {

    @Bean
    WorkingHours workingHours(StatutoryClock clock,
                              @Value("${appeals.working-hours-file:classpath:working-hours.csv}") String location)
            throws IOException {
        Resource resource = new DefaultResourceLoader().getResource(location.contains(":") ? location
                : "file:" + location);
        try (InputStream in = resource.getInputStream()) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return WorkingHours.parse(lines, clock.settings().endOfWorkingDay());
        }
    }
}
