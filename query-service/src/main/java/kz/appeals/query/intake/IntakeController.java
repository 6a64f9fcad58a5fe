package kz.appeals.query.intake;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import kz.appeals.access.Target;
import kz.appeals.query.access.ReadAccess;
import kz.appeals.query.api.Ids;
import kz.appeals.query.api.NotFoundException;

/** {@code GET /api/appeals/{appealId}/intake}: what intake recorded on the appeal (issue 12, items 1 and 11). */
@RestController
class IntakeController {

    static final String READ = "appeal.read";

    /**
     * The appeal's language and its act's or answer's (KK, RU; null if not stated), whether it is anonymous and
     * reports a crime or threat (art. 64(7-2)), and the defects found at registration with the article they fall
     * under (arts. 63, 64(6), 88(1)(2)).
     */
    record IntakeView(String appealId, String language, String answerLanguage, boolean anonymous,
                      boolean reportsCrimeOrThreat, List<String> defects, boolean simplifiedProcedure,
                      LocalDate defectsFoundOn, String legalBasis) {
    }

    private final IntakeQueries queries;
    private final ReadAccess access;

    IntakeController(IntakeQueries queries, ReadAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @Operation(summary = "What intake recorded: language (arts. 22, 89(2)), anonymity (art. 64(7-2)), defects found at "
            + "registration (arts. 63, 64(1), 64(6), 88(1)(2))",
            description = "For whoever may read the appeal. The defects name the field and the article, never the "
                    + "value given.")
    @ApiResponse(responseCode = "200", description = "The appeal's intake record")
    @ApiResponse(responseCode = "404", description = "No appeal with this id (for a caller who may read any appeal)")
    @GetMapping(path = "/api/appeals/{appealId}/intake", produces = MediaType.APPLICATION_JSON_VALUE)
    IntakeView intake(@PathVariable String appealId) {
        Ids.appeal("appealId", "path", appealId);
        Target target = access.appeal(appealId).orElse(Target.none());
        access.require(READ, target);
        return queries.intake(appealId).orElseThrow(() -> new NotFoundException("No appeal with id " + appealId));
    }
}
