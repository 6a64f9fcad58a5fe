package kz.appeals.command.infra;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import kz.appeals.command.domain.intake.TalonNumbers;

/**
 * One PostgreSQL sequence per prefix and year ({@code talon_<hex of the prefix>_<year>}, at most 8 digits): unique
 * across every instance of the service and taken without holding a lock until commit, so filings do not queue behind
 * each other. A filing that rolls back after taking its number leaves a gap in the year's numbers.
 * <p>
 * The sequences of every prefix from {@value #FIRST_YEAR} to next year are created at start-up, outside any filing:
 * creating one inside a filing needs a second connection while the filing holds its first, and many first filings at
 * once would exhaust the pool. A year outside that range (only a back-dated or far-future registration) is created
 * on first use.
 */
@Component
class JdbcTalonNumbers implements TalonNumbers, InitializingBean {

    static final int FIRST_YEAR = 2024;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    JdbcTalonNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Before the web server takes requests (Flyway has run: Boot initialises JDBC users after migrations). */
    @Override
    public void afterPropertiesSet() {
        int nextYear = Year.now(ZoneOffset.UTC).getValue() + 1;
        for (int year = FIRST_YEAR; year <= nextYear; year++) {
            for (String prefix : PREFIXES) {
                String sequence = sequenceName(prefix, year);
                create(sequence);
                known.add(sequence);
            }
        }
    }

    static String sequenceName(String prefix, int year) {
        return "talon_" + HexFormat.of().formatHex(prefix.getBytes(StandardCharsets.UTF_8)) + "_" + year;
    }

    @Override
    public long next(String prefix, int year) {
        String sequence = sequenceName(prefix, year);
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
