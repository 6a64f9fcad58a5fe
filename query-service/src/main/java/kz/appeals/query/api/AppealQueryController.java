package kz.appeals.query.api;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

@RestController
@RequestMapping(path = "/api/appeals", produces = MediaType.APPLICATION_JSON_VALUE)
class AppealQueryController {

    static final List<String> STATES = List.of("FILED", "REGISTERED", "AWAITING_CORRECTION", "IN_REVIEW",
            "REDIRECTED", "HEARING", "DECIDED", "TERMINATED", "LEFT_WITHOUT_CONSIDERATION", "RETURNED", "WITHDRAWN",
            "ATTACHED", "AT_REVIEW_BODY", "DEEMED_REFUSED", "IN_COURT", "COURT_DECIDED", "COURT_DECISION_EXECUTED");

    private final AppealViewRepository appeals;

    AppealQueryController(AppealViewRepository appeals) {
        this.appeals = appeals;
    }

    @Operation(summary = "One appeal: state, kind, body, executor, registration number, its review due date with "
            + "working days left and explanation, every running and past deadline, and the delivery record")
    @GetMapping("/{appealId}")
    AppealDetail one(@PathVariable String appealId) {
        return appeals.detail(appealId).orElseThrow(() -> new NotFoundException("No appeal with id " + appealId));
    }

    @Operation(summary = "Appeals filtered by body, state and executor, sorted (default newest first), paged",
            description = "sort: receivedAt, registeredOn, dueDate, registrationNumber, state, decidedOn; "
                    + "optionally ,asc or ,desc")
    @GetMapping
    PageOf<AppealView> list(@RequestParam(required = false) String body,
                            @RequestParam(required = false) String state,
                            @RequestParam(required = false) String executor,
                            @RequestParam(required = false) String sort,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "20") int size) {
        if (state != null && !STATES.contains(state)) {
            throw new BadParameterException("state", "state must be one of " + String.join(", ", STATES));
        }
        Paging.check(page, size);
        return appeals.search(blankToNull(body), state, blankToNull(executor),
                Sort.parse(sort, "receivedAt", false, AppealViewRepository.SORTABLE), page, size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
