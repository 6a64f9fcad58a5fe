package kz.appeals.command.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import kz.appeals.command.application.CommandAccess;
import kz.appeals.command.application.CalendarReload;

@RestController
@RequestMapping(path = "/api/admin", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminController {

    static final String CALENDAR_RELOAD = "admin.calendar-reload";

    private final CalendarReload calendarReload;
    private final CommandAccess access;

    AdminController(CalendarReload calendarReload, CommandAccess access) {
        this.calendarReload = calendarReload;
        this.access = access;
    }

    @Operation(summary = "Load a new calendar version and move every open deadline it changes (scenario 9)",
            description = "Reads the calendar files again (APPEALS_CALENDAR_DIR overrides the bundled years), records "
                    + "a DeadlineMoved with its reason on each appeal whose open deadline moves, reschedules its "
                    + "warnings and expiry, and swaps the live calendar. Deadlines already passed do not move.")
    @ApiResponse(responseCode = "200", description = "Reloaded; the moved deadlines are listed")
    @ApiResponse(responseCode = "401", description = "No valid bearer token")
    @ApiResponse(responseCode = "403", description = "Only the OPERATOR reloads the calendar")
    @ApiResponse(responseCode = "422", description = "The new calendar files are invalid; nothing changed")
    @PostMapping("/calendar/reload")
    CalendarReload.Result reloadCalendar() {
        return calendarReload.reload(access.withoutAppeal(CALENDAR_RELOAD).actor());
    }
}
