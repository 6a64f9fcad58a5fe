package kz.appeals.query.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kz.appeals.query.api.DeadlineView;

/** A head of department's morning view of one body (scenario 7). */
public record Dashboard(
        String bodyId,
        LocalDate today,
        Map<String, Long> countsByState,
        DeadlineList dueWithin,
        DeadlineList overdue,
        List<ExecutorQueue> executors,
        Extensions extensions,
        Complaints complaints) {

    /** Open deadlines of the body's appeals; {@code items} holds at most the first 50 by due date. */
    public record DeadlineList(Integer workingDays, LocalDate dueBy, long count, List<Item> items) {
    }

    public record Item(String appealId, String registrationNumber, String executorId, DeadlineView deadline) {
    }

    public record ExecutorQueue(String executorId, long openAppeals, long dueWithin, long overdue) {
    }

    public record Extensions(String month, long inMonth, long total) {
    }

    public record Complaints(long open, long total) {
    }
}
