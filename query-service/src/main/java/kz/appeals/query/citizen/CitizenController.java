package kz.appeals.query.citizen;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import kz.appeals.access.Decision;
import kz.appeals.access.Target;
import kz.appeals.query.access.ReadAccess;
import kz.appeals.query.api.BadParameterException;
import kz.appeals.query.api.PageOf;
import kz.appeals.query.api.Paging;
import kz.appeals.query.api.Sort;

/** The citizen portal's view: my appeals, and when I will get an answer. */
@RestController
@RequestMapping(path = "/api/citizens", produces = MediaType.APPLICATION_JSON_VALUE)
class CitizenController {

    static final String ACTION = "citizen.appeals";

    private final CitizenQueries appeals;
    private final ReadAccess access;

    CitizenController(CitizenQueries appeals, ReadAccess access) {
        this.appeals = appeals;
        this.access = access;
    }

    @Operation(summary = "Appeals of one applicant, representative or member (IIN or BIN), newest first, each with "
            + "its next deadline",
            description = "A citizen only for their own IIN/BIN (another is 403); a portal and a prosecutor for "
                    + "anyone. Every read, allowed or refused, is written to the access log.")
    @GetMapping("/{idNumber}/appeals")
    PageOf<CitizenAppeal> appeals(@PathVariable String idNumber,
                                  @RequestParam(required = false) String sort,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size) {
        if (!idNumber.matches("\\d{12}")) {
            throw new BadParameterException("idNumber", "path", "idNumber must be a 12-digit IIN or BIN");
        }
        Paging.check(page, size);
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("idNumber", idNumber);
        filter.put("page", page);
        filter.put("size", size);
        Decision decision = access.requireRecorded(ACTION, Target.party(idNumber), filter, idNumber);
        PageOf<CitizenAppeal> found = appeals.ofCitizen(idNumber,
                Sort.parse(sort, "receivedAt", false, CitizenQueries.SORTABLE), page, size);
        // written before the answer leaves: no log entry, no data
        access.recordAllowed(decision, ACTION, filter, idNumber, (long) found.items().size());
        return found;
    }
}
