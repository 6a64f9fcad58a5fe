package kz.appeals.query.admin;

import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import kz.appeals.access.Target;
import kz.appeals.clock.CalendarYear;
import kz.appeals.clock.DateOutsideCalendarException;
import kz.appeals.clock.StatutoryClock;
import kz.appeals.query.access.PersonalData;
import kz.appeals.query.access.ReadAccess;
import kz.appeals.query.api.Ids;
import kz.appeals.query.api.NotFoundException;
import kz.appeals.query.api.PageOf;
import kz.appeals.query.api.Paging;
import kz.appeals.query.replay.ReadModelChecksums;
import kz.appeals.query.replay.ReplayService;

/**
 * Operator endpoints: read-model checksums and rebuilds, parked events, the calendar. OPERATOR only, and the operator
 * sees no appeal contents: parked events are listed by position, ids and a scrubbed error, never their payload.
 */
@RestController
@RequestMapping(path = "/api/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminController {

    static final String READ_MODELS = "admin.read-models";
    static final String DEAD_LETTERS = "admin.dead-letters";

    record RebuildRequest(List<String> readModels) {
    }

    record RebuildStarted(long runId, String progress) {
    }

    record LoadedYear(int year, String calendarVersion, boolean provisional, int workingDays) {
    }

    private final ReplayService replay;
    private final ReadModelChecksums checksums;
    private final DeadLetters deadLetters;
    private final StatutoryClock clock;
    private final ReadAccess access;

    AdminController(ReplayService replay, ReadModelChecksums checksums, DeadLetters deadLetters,
                    StatutoryClock clock, ReadAccess access) {
        this.replay = replay;
        this.checksums = checksums;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.access = access;
    }

    @Operation(summary = "Re-read the working-day calendar files (APPEALS_CALENDAR_DIR overrides the bundled years)",
            description = "For this service's due-date and calendar answers. Open deadlines are moved by the "
                    + "command-service's own reload, which records each move as an event.")
    @PostMapping("/calendar/reload")
    List<LoadedYear> reloadCalendar() {
        access.require("admin.calendar-reload", Target.none());
        clock.reload();
        List<LoadedYear> years = new java.util.ArrayList<>();
        for (int year = 2000; year <= 2100; year++) {
            try {
                CalendarYear calendar = clock.calendarYear(year);
                years.add(new LoadedYear(year, calendar.calendarVersion(), calendar.provisional(),
                        calendar.workingDays()));
            } catch (DateOutsideCalendarException notLoaded) {
                // only loaded years are listed
            }
        }
        return years;
    }

    @Operation(summary = "Every read model with its checksum and row counts (recompute by hand: docs/read-models.md)")
    @GetMapping("/read-models")
    List<ReadModelChecksums.ModelChecksum> readModels() {
        access.require(READ_MODELS, Target.none());
        return checksums.all(replay.select(List.of()));
    }

    @Operation(summary = "Rebuild read models from the first event into fresh tables, then switch atomically",
            description = "Body {\"readModels\": [names]}; empty or absent means all. Returns 202 and the run id.")
    @ApiResponse(responseCode = "202", description = "The rebuild has started; Location is its progress")
    @PostMapping(path = "/read-models/rebuilds", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RebuildStarted> rebuild(@RequestBody(required = false) RebuildRequest request) {
        access.require(READ_MODELS, Target.none());
        long runId = replay.start(replay.select(request == null ? List.of() : request.readModels()));
        String progress = "/api/admin/read-models/rebuilds/" + runId;
        return ResponseEntity.accepted().location(URI.create(progress)).body(new RebuildStarted(runId, progress));
    }

    @Operation(summary = "Progress of a rebuild: events done, events per second, seconds left")
    @ApiResponse(responseCode = "200", description = "The run's progress")
    @ApiResponse(responseCode = "404", description = "No rebuild with this id")
    @GetMapping("/read-models/rebuilds/{runId}")
    ReplayService.Progress rebuildProgress(@PathVariable long runId) {
        access.require(READ_MODELS, Target.none());
        ReplayService.Progress p = replay.progress(runId)
                .orElseThrow(() -> new NotFoundException("No rebuild with id " + runId));
        return new ReplayService.Progress(p.runId(), p.readModels(), p.status(), p.eventsTotal(), p.eventsDone(),
                p.eventsPerSecond(), p.secondsLeft(), p.startedAt(), p.finishedAt(), PersonalData.scrub(p.error()));
    }

    @Operation(summary = "Parked events with their errors",
            description = "Position, appeal and event ids and the error with quoted values, long numbers and "
                    + "e-mails scrubbed; never the event itself (it holds personal data).")
    @GetMapping("/dead-letters")
    PageOf<DeadLetters.DeadLetter> deadLetters(@RequestParam(required = false) String appealId,
                                               @RequestParam(defaultValue = "0") int page,
                                               @RequestParam(defaultValue = "20") int size) {
        access.require(DEAD_LETTERS, Target.none());
        Paging.check(page, size);
        Ids.appeal("appealId", "query", appealId == null || appealId.isBlank() ? null : appealId);
        return deadLetters.list(appealId, page, size);
    }

    @Operation(summary = "Retry the parked events of this dead letter's appeal, in order")
    @ApiResponse(responseCode = "200", description = "What the retry did")
    @ApiResponse(responseCode = "404", description = "No dead letter with this id")
    @PostMapping("/dead-letters/{id}/retry")
    DeadLetters.RetryResult retry(@PathVariable long id) {
        access.require(DEAD_LETTERS, Target.none());
        return deadLetters.retry(id);
    }
}
