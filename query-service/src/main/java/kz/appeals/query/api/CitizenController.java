package kz.appeals.query.api;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** The citizen portal's view: my appeals, and when I will get an answer. */
@RestController
@RequestMapping(path = "/api/citizens", produces = MediaType.APPLICATION_JSON_VALUE)
class CitizenController {

    private final AppealViewRepository appeals;

    CitizenController(AppealViewRepository appeals) {
        this.appeals = appeals;
    }

    @Operation(summary = "Appeals of one applicant, representative or member (IIN or BIN), newest first, each with "
            + "its next deadline")
    @GetMapping("/{idNumber}/appeals")
    PageOf<CitizenAppeal> appeals(@PathVariable String idNumber,
                                  @RequestParam(required = false) String sort,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size) {
        if (!idNumber.matches("\\d{12}")) {
            throw new BadParameterException("idNumber", "idNumber must be a 12-digit IIN or BIN");
        }
        Paging.check(page, size);
        return appeals.ofCitizen(idNumber, Sort.parse(sort, "receivedAt", false, AppealViewRepository.SORTABLE),
                page, size);
    }
}
