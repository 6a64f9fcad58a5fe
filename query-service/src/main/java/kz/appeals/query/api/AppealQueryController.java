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

    static final List<String> STATES = List.of("FILED", "REGISTERED");

    private final AppealViewRepository appeals;

    AppealQueryController(AppealViewRepository appeals) {
        this.appeals = appeals;
    }

    @Operation(summary = "One appeal: state, kind, body, registration number, dates and their explanation")
    @GetMapping("/{appealId}")
    AppealView one(@PathVariable String appealId) {
        return appeals.find(appealId).orElseThrow(() -> new NotFoundException("No appeal with id " + appealId));
    }

    @Operation(summary = "Appeals filtered by body and state, newest first, a page at a time")
    @GetMapping
    PageOf<AppealView> list(@RequestParam(required = false) String body,
                            @RequestParam(required = false) String state,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "20") int size) {
        if (state != null && !STATES.contains(state)) {
            throw new BadParameterException("state", "state must be one of " + String.join(", ", STATES));
        }
        Paging.check(page, size);
        return appeals.search(blankToNull(body), state, page, size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
