package kz.appeals.query.calendar;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import kz.appeals.access.Target;
import kz.appeals.clock.AppealKind;
import kz.appeals.clock.CalendarYear;
import kz.appeals.clock.DateOutsideCalendarException;
import kz.appeals.clock.StatutoryClock;
import kz.appeals.query.access.ReadAccess;
import kz.appeals.edge.EdgeLimits;
import kz.appeals.edge.EdgeValues;
import kz.appeals.query.api.BadParameterException;
import kz.appeals.query.api.NotFoundException;

/** The statutory clock for dashboards and portals: due dates with their explanation, and the working-day calendar. */
@RestController
@RequestMapping(path = "/api/calendar", produces = MediaType.APPLICATION_JSON_VALUE)
class CalendarController {

    private static final String KINDS = Arrays.stream(AppealKind.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private final StatutoryClock clock;
    private final DueDateMapper mapper;
    private final ReadAccess access;

    CalendarController(StatutoryClock clock, DueDateMapper mapper, ReadAccess access) {
        this.clock = clock;
        this.mapper = mapper;
        this.access = access;
    }

    @Operation(summary = "Review due date of an appeal received at a given instant (APPC arts. 64(3), 76)")
    @ApiResponse(responseCode = "200", description = "The due date and its explanation")
    @ApiResponse(responseCode = "422", description = "The date falls outside the loaded working-day calendar")
    @GetMapping("/due-date")
    DueDateResponse dueDate(
            @Parameter(description = "One of the appeal kinds, e.g. APPLICATION") @RequestParam String kind,
            @Parameter(description = "ISO-8601 date-time with offset, e.g. 2026-03-20T19:00:00+05:00")
            @RequestParam String receivedAt) {
        access.require("calendar.read", Target.none());
        return mapper.toResponse(clock.reviewDueDate(kind(kind), instant(receivedAt)));
    }

    @Operation(summary = "Working days and days off of one year, with each day off's reason and the calendar version")
    @ApiResponse(responseCode = "200", description = "The year's calendar")
    @ApiResponse(responseCode = "404", description = "No calendar loaded for this year")
    @GetMapping("/{year}")
    YearResponse year(@PathVariable int year) {
        access.require("calendar.read", Target.none());
        if (year < EdgeLimits.MIN_YEAR || year > EdgeLimits.MAX_YEAR) {
            throw new NotFoundException("No working-day calendar for " + year + " (years " + EdgeLimits.MIN_YEAR
                    + " to " + EdgeLimits.MAX_YEAR + " may be loaded)");
        }
        CalendarYear calendar;
        try {
            calendar = clock.calendarYear(year);
        } catch (DateOutsideCalendarException e) {
            throw new NotFoundException(e.getMessage());
        }
        return new YearResponse(calendar.year(), calendar.workingDays(), calendar.calendarVersion(),
                calendar.provisional(), calendar.source(), calendar.nonWorkingDays());
    }

    private static AppealKind kind(String kind) {
        try {
            return AppealKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("kind", "kind must be one of " + KINDS);
        }
    }

    /** A '+' in a query string arrives as a space when the caller did not encode it; read it as the '+' it was. */
    private static java.time.Instant instant(String receivedAt) {
        return EdgeValues.instant("receivedAt", "query", receivedAt);
    }
}
