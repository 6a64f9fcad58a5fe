package kz.appeals.command.infra;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import kz.appeals.command.domain.TalonNumbers;

/**
 * One PostgreSQL sequence per prefix and year ({@code talon_<hex of the prefix>_<year>}, at most 8 digits): unique
 * across every instance of the service and taken without holding a lock until commit, so filings do not queue behind
 * each other. A filing that rolls back after taking its number leaves a gap in the year's numbers. A year's sequence
 * is created the first time it is needed, in a transaction of its own.
 */
@Component
class JdbcTalonNumbers implements TalonNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    JdbcTalonNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public long next(String prefix, int year) {
        String sequence = "talon_" + HexFormat.of().formatHex(prefix.getBytes(StandardCharsets.UTF_8)) + "_" + year;
        if (!known.contains(sequence)) {
            create(sequence);
            known.add(sequence);
        }
        return jdbc.queryForObject("SELECT nextval(?)", Long.class, sequence);
    }

    private void create(String sequence) {
        try {
            separateTransaction.executeWithoutResult(status -> jdbc.execute(
                    "CREATE SEQUENCE IF NOT EXISTS " + sequence + " MINVALUE 1 MAXVALUE 99999999"));
        } catch (DataIntegrityViolationException concurrentlyCreated) {
            // another instance created it between our IF NOT EXISTS check and the insert into the catalog
        }
    }
}
