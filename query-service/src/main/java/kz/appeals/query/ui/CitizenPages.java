package kz.appeals.query.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kz.appeals.access.Decision;
import kz.appeals.access.Identity;
import kz.appeals.access.Target;
import kz.appeals.query.access.ReadAccess;
import kz.appeals.query.citizen.CitizenAppeal;
import kz.appeals.query.api.PageOf;
import kz.appeals.query.citizen.CitizenQueries;
import kz.appeals.query.api.Sort;
import kz.appeals.security.AccessRefusedException;

/**
 * A citizen's status page: the appeals where their IIN (from the sign-in's token, never from the request) is the
 * applicant, representative or a member, each with its stage and due date, and the complaint or court route an
 * outcome opened with its last day. The same decision and access-log entry as {@code GET /api/citizens/{iin}/appeals}.
 */
@Controller
class CitizenPages {

    static final String ACTION = "citizen.appeals";

    private final CitizenQueries reads;
    private final ReadAccess access;
    private final UiQueries queries;

    CitizenPages(CitizenQueries reads, ReadAccess access, UiQueries queries) {
        this.reads = reads;
        this.access = access;
        this.queries = queries;
    }

    @GetMapping("/ui/my-appeals")
    String mine(Model model) {
        Identity who = access.caller();
        if (who.idNumber() == null) {
            throw new AccessRefusedException(ACTION, "the sign-in carries no IIN/BIN: this page is for citizens");
        }
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("idNumber", who.idNumber());
        filter.put("page", 0);
        filter.put("size", 100);
        Decision decision = access.requireRecorded(ACTION, Target.party(who.idNumber()), filter, who.idNumber());
        PageOf<CitizenAppeal> found = reads.ofCitizen(who.idNumber(),
                Sort.parse(null, "receivedAt", false, CitizenQueries.SORTABLE), 0, 100);
        access.recordAllowed(decision, ACTION, filter, who.idNumber(), (long) found.items().size());
        model.addAttribute("appeals", found);
        model.addAttribute("routes", queries.routes(found.items().stream().map(CitizenAppeal::appealId).toList()));
        return "ui/my-appeals";
    }
}
