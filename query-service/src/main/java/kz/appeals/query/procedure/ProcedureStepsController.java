package kz.appeals.query.procedure;

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

/** The steps beside the stages of one appeal (issue 12), for whoever may read the appeal. */
@RestController
class ProcedureStepsController {

    private final ProcedureStepsQueries steps;
    private final ReadAccess access;

    ProcedureStepsController(ProcedureStepsQueries steps, ReadAccess access) {
        this.steps = steps;
        this.access = access;
    }

    @Operation(summary = "Execution of the act (art. 86(3)) and of the court decision after a penalty (art. 127(5)), "
            + "case-file access (arts. 75(1), 98(5)), the hearing protocol (art. 74) and recusal (art. 67): every "
            + "step and its deadline, in the appeal's order",
            description = "For whoever may read the appeal (appeal.read). No personal data: only the official a "
                    + "recusal concerns. An appeal outside the caller's scope is 403 whether or not it exists.")
    @ApiResponse(responseCode = "200", description = "The steps, oldest first; empty if there are none")
    @GetMapping(path = "/api/appeals/{appealId}/procedure-steps", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ProcedureStep> steps(@PathVariable String appealId) {
        Ids.appeal("appealId", "path", appealId);
        access.require("appeal.read", access.appeal(appealId).orElse(Target.none()));
        return steps.of(appealId);
    }
}
