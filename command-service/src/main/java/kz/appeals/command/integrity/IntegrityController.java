package kz.appeals.command.integrity;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import kz.appeals.messaging.integrity.EventKeys;

/** For auditors and prosecutors: is the stored history what was written (docs/integrity.md)? */
@RestController
@RequestMapping(path = "/api/integrity", produces = MediaType.APPLICATION_JSON_VALUE)
class IntegrityController {

    private final DataSource dataSource;
    private final StoreVerifier verifier;

    IntegrityController(DataSource dataSource, EventKeys keys) {
        this.dataSource = dataSource;
        this.verifier = new StoreVerifier(keys);
    }

    @Operation(summary = "Verify the whole event store: every event's hash and chain link and every signed checkpoint",
            description = "Reads the whole store (minutes for millions of events); verified=false names the first "
                    + "broken link in the global order. The same check runs offline: kz.appeals.command.integrity."
                    + "VerifyStoreCli.")
    @GetMapping
    StoreVerifier.Report verifyStore() throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return verifier.verifyAll(connection);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    @Operation(summary = "One appeal's hash chain, and the signed checkpoints covering its events")
    @GetMapping("/appeals/{appealId}")
    StoreVerifier.AppealReport verifyAppeal(@PathVariable String appealId) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            StoreVerifier.AppealReport report = verifier.verifyAppeal(connection, appealId);
            if (report == null) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No events for appeal " + appealId);
            }
            return report;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
