package kz.appeals.command.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import kz.appeals.clock.DateOutsideCalendarException;
import kz.appeals.clock.DueDate;
import kz.appeals.clock.DueDateMove;
import kz.appeals.clock.ExplanationStep;
import kz.appeals.clock.OpenDeadline;
import kz.appeals.clock.ProceduralTimer;
import kz.appeals.clock.StatutoryClock;
import kz.appeals.command.domain.ActorMetaData;
import kz.appeals.command.domain.StatutoryTime;
import kz.appeals.command.domain.deadlines.DeadlinePeriods;
import kz.appeals.command.domain.deadlines.MoveDeadlineForCalendar;
import kz.appeals.command.infra.OpenDeadlines;
import kz.appeals.events.Actor;
import kz.appeals.events.DeadlineTimer;

/**
 * Scenario 9: a new calendar version (files in {@code APPEALS_CALENDAR_DIR}) is loaded into a candidate clock; every
 * open deadline it would move is recomputed (review periods by {@link StatutoryClock#movesUnder}, told which were
 * redirected or extended; procedural periods by their timer from the same start), the live clock is swapped, and each
 * move is recorded on its appeal as a {@code DeadlineMoved} with the reason, which reschedules its warnings and
 * expiry. Deadlines already passed never move.
 */
@Service
public class CalendarReload {

    /** One deadline the new calendar moved. */
    public record Move(String appealId, String deadlineId, String timer, LocalDate from, LocalDate to, String reason) {
    }

    /** The calendar versions now in force and what moved. */
    public record Result(List<String> calendarVersions, List<Move> moved) {
    }

    private record Planned(OpenDeadlines.Row row, LocalDate to, String reason, String calendarVersion,
                           List<ExplanationStep> explanation) {
    }

    private final StatutoryClock live;
    private final StatutoryTime time;
    private final OpenDeadlines openDeadlines;
    private final CommandGateway commands;

    CalendarReload(StatutoryClock live, StatutoryTime time, OpenDeadlines openDeadlines, CommandGateway commands) {
        this.live = live;
        this.time = time;
        this.openDeadlines = openDeadlines;
        this.commands = commands;
    }

    public synchronized Result reload(Actor operator) {
        StatutoryClock candidate = StatutoryClock.create(live.settings());
        List<OpenDeadlines.Row> open = openDeadlines.dueOnOrAfter(time.today());
        List<Planned> planned = new ArrayList<>(reviewMoves(candidate, open));
        for (OpenDeadlines.Row row : open) {
            if (!DeadlineTimer.REVIEW.name().equals(row.timer())) {
                procedural(candidate, row).ifPresent(planned::add);
            }
        }
        live.reloadFrom(candidate);   // exactly the calendar the moves were computed with
        List<Move> moved = new ArrayList<>();
        for (Planned p : planned) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new MoveDeadlineForCalendar(
                    p.row().appealId(), p.row().timer(), p.row().dueDate(), p.to(), p.reason(), p.calendarVersion(),
                    p.explanation())).withMetaData(ActorMetaData.of(operator)));
            moved.add(new Move(p.row().appealId(), p.row().deadlineId(), p.row().timer(), p.row().dueDate(), p.to(),
                    p.reason()));
        }
        LocalDate today = time.today();
        List<String> versions = new ArrayList<>();
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            try {
                versions.add(live.calendarYear(year).calendarVersion());
            } catch (DateOutsideCalendarException notLoaded) {
                // next year's file is not published yet: the moves above are recorded, the answer lists what is loaded
            }
        }
        return new Result(versions, moved);
    }

    private List<Planned> reviewMoves(StatutoryClock candidate, List<OpenDeadlines.Row> open) {
        Map<String, OpenDeadlines.Row> reviews = new HashMap<>();
        List<OpenDeadline> deadlines = new ArrayList<>();
        for (OpenDeadlines.Row row : open) {
            if (DeadlineTimer.REVIEW.name().equals(row.timer()) && row.registeredOn() != null) {
                reviews.put(row.deadlineId(), row);
                deadlines.add(new OpenDeadline(row.deadlineId(), row.kind(), row.receivedAt(), row.registeredOn(),
                        row.dueDate(), row.arrivedAtCompetentBody(), row.fixedByDecision()));
            }
        }
        List<Planned> planned = new ArrayList<>();
        for (DueDateMove move : live.movesUnder(candidate, deadlines)) {
            OpenDeadlines.Row row = reviews.get(move.id());
            List<ExplanationStep> explanation = steps(move.to(), move.reason());
            if (!row.fixedByDecision()) {
                DueDate recomputed = row.arrivedAtCompetentBody() == null
                        ? candidate.reviewDueDate(row.kind(), row.receivedAt())
                        : candidate.reviewDueDateAfterRedirect(row.kind(), row.receivedAt(),
                                row.arrivedAtCompetentBody());
                if (recomputed.dueDate().equals(move.to())) {
                    explanation = recomputed.explanation();
                }
            }
            planned.add(new Planned(row, move.to(), move.reason(), move.calendarVersion(), explanation));
        }
        return planned;
    }

    private Optional<Planned> procedural(StatutoryClock candidate, OpenDeadlines.Row row) {
        LocalDate anchor = row.startsOn().minusDays(1);
        ProceduralTimer timer = procedural(row.timer());
        LocalDate to;
        String how;
        List<ExplanationStep> explanation = null;
        if (timer != null && live.proceduralDeadline(timer, anchor).dueDate().equals(row.dueDate())) {
            DueDate recomputed = candidate.proceduralDeadline(timer, anchor);
            to = recomputed.dueDate();
            explanation = recomputed.explanation();
            how = "recomputed " + timer.period() + " from the day after " + anchor + " (" + timer.legalBasis() + ")";
        } else {
            to = candidate.isWorkingDay(row.dueDate()) ? row.dueDate() : candidate.nthWorkingDayAfter(row.dueDate(), 1);
            how = "date set by a decision: kept and rolled forward to a working day (APPC art. 76(5))";
        }
        if (to.equals(row.dueDate())) {
            return Optional.empty();
        }
        String version = candidate.calendarVersion(anchor, to);   // the new version, not the one still live
        String reason = "calendar changed between " + anchor + " and " + (to.isAfter(row.dueDate()) ? to
                : row.dueDate()) + "; " + how;
        return Optional.of(new Planned(row, to, reason, version,
                explanation != null ? explanation : steps(to, reason)));
    }

    /** The period the deadline counts, by the explicit mapping (never by matching constant names). */
    private static ProceduralTimer procedural(String timer) {
        return DeadlinePeriods.named(timer).flatMap(DeadlinePeriods::procedural).orElse(null);
    }

    private static List<ExplanationStep> steps(LocalDate to, String reason) {
        return List.of(new ExplanationStep(to, "RULE", reason), new ExplanationStep(to, "DUE", "due " + to));
    }
}
