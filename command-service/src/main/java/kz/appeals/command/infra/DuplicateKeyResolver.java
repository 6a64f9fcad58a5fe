package kz.appeals.command.infra;

import java.sql.SQLException;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells Axon which database errors are a duplicate key, so that two commands appending the same sequence number of
 * one appeal end in Axon's {@code ConcurrencyException} (answered 409) rather than a bare {@code EventStoreException}
 * (500): without this bean Axon did not recognise PostgreSQL's unique violation (SQLState 23505) on
 * {@code domainevententry_aggregate_uk} (seen in CommandEdgeIT with concurrent reassignments).
 */
@Configuration(proxyBeanMethods = false)
class DuplicateKeyResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return DuplicateKeyResolver::isDuplicateKey;
    }

    static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
