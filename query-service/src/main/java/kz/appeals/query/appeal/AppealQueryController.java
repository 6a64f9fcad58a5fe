package kz.appeals.query.appeal;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import kz.appeals.access.Target;
import kz.appeals.query.access.PersonalDataPolicy.View;
import kz.appeals.query.access.ReadAccess;
import kz.appeals.query.api.BadParameterException;
import kz.appeals.query.api.Ids;
import kz.appeals.query.api.NotFoundException;
import kz.appeals.query.api.PageOf;
import kz.appeals.query.api.Paging;
import kz.appeals.query.api.Sort;

@RestController
@RequestMapping(path = "/api/appeals", produces = MediaType.APPLICATION_JSON_VALUE)
class AppealQueryController {

    static final List<String> STATES = List.of("FILED", "REGISTERED", "AWAITING_CORRECTION", "IN_REVIEW",
            "REDIRECTED", "HEARING", "DECIDED", "TERMINATED", "LEFT_WITHOUT_CONSIDERATION", "RETURNED", "WITHDRAWN",
            "ATTACHED", "AT_REVIEW_BODY", "DEEMED_REFUSED", "IN_COURT", "COURT_DECIDED", "COURT_DECISION_EXECUTED");

    static final String READ = "appeal.read";
    static final String LIST = "appeal.list";

    private final AppealViewRepository appeals;
    private final ReadAccess access;

    AppealQueryController(AppealViewRepository appeals, ReadAccess access) {
        this.appeals = appeals;
        this.access = access;
    }

    @Operation(summary = "One appeal: state, kind, body, executor, registration number, its review due date with "
            + "working days left and explanation, every running and past deadline, the applicant's contacts and the "
            + "delivery record",
            description = "For a party (citizen, portal), the holding body, the review body of a forwarded complaint, "
                    + "prosecutor and auditor. Personal data by role (personalData: FULL, OWN, MASKED). An appeal "
                    + "outside the caller's scope is 403 whether or not it exists.")
    @ApiResponse(responseCode = "200", description = "The appeal, personal data as the caller's role may see it")
    @ApiResponse(responseCode = "404", description = "No appeal with this id (for a caller who may read any appeal)")
    @GetMapping("/{appealId}")
    AppealDetail one(@PathVariable String appealId) {
        Ids.appeal("appealId", "path", appealId);
        // an unknown id is judged as an appeal of no body: 403 for scoped roles, so ids cannot be probed
        Target target = access.appeal(appealId).orElse(Target.none());
        access.require(READ, target);
        AppealDetail detail = appeals.detail(appealId)
                .orElseThrow(() -> new NotFoundException("No appeal with id " + appealId));
        return detail.redacted(access.redaction(READ, target, View.DETAIL));
    }

    @Operation(summary = "Appeals filtered by body, state and executor, sorted (default newest first), paged",
            description = "sort: receivedAt, registeredOn, dueDate, registrationNumber, state, decidedOn; "
                    + "optionally ,asc or ,desc. body: the holding body; reviewBody: the body a complaint was "
                    + "forwarded to. An official may name only their own body (a complaint reviewer: reviewBody); "
                    + "without either filter an official gets their own body's appeals, a prosecutor or auditor "
                    + "every body's. IIN/BIN masked in every list.")
    @GetMapping
    PageOf<AppealView> list(@RequestParam(required = false) String body,
                            @RequestParam(required = false) String reviewBody,
                            @RequestParam(required = false) String state,
                            @RequestParam(required = false) String executor,
                            @RequestParam(required = false) String sort,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "20") int size) {
        if (state != null && !STATES.contains(state)) {
            throw new BadParameterException("state", "state must be one of " + String.join(", ", STATES));
        }
        Paging.check(page, size);
        String holding = Ids.body("body", "query", blankToNull(body));
        String review = Ids.body("reviewBody", "query", blankToNull(reviewBody));
        Ids.executor("executor", "query", blankToNull(executor));
        Target target = holding == null && review == null ? access.defaultBodyTarget(LIST, true)
                : Target.appeal(holding, review, java.util.Set.of());
        access.require(LIST, target);
        var redaction = access.redaction(LIST, target, View.LIST);
        PageOf<AppealView> found = appeals.search(target.holdingBodyId(), target.reviewBodyId(), state,
                blankToNull(executor), Sort.parse(sort, "receivedAt", false, AppealViewRepository.SORTABLE), page,
                size);
        return PageOf.of(found.items().stream().map(v -> v.redacted(redaction)).toList(), found.page(),
                found.size(), found.totalItems());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
