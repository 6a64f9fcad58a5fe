package kz.appeals.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The follow-up commands of the realistic mix (issue 13 item 8): after an application to the body that has officials
 * in the realm is filed, its procedure goes on one step at a time, each step sent only once the previous one was
 * answered, by the official the authorization matrix allows: the head assigns an executor (APPC art. 76), a deputy
 * head extends the review period to a working day two weeks later (art. 76(3), (5)), the executor records that the
 * applicant asked for no hearing (art. 73(2)) and issues the administrative act (arts. 77-80), records its delivery to
 * the applicant (art. 66), and the portal files the applicant's complaint against the act (arts. 91-92), which is
 * itself a new appeal. Only individual applicants' applications enter the chain (a delivery needs the IIN).
 */
final class FollowUps {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final String REVIEW_BODY = "kz-government-office";
    private static final int MAX_CASES = 50_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The steps, in the order an appeal takes them; {@code who} is the caller the matrix allows. */
    enum Action {
        ASSIGN("assign", "head-almaty"),
        EXTEND("extend", "deputy-almaty"),
        HEARING_SKIPPED("hearing-skipped", "executor-almaty"),
        ACT("act", "executor-almaty"),
        DELIVERY("deliveries", "executor-almaty"),
        COMPLAINT("complaints", Auth.PORTAL);

        final String path;
        final String who;

        Action(String path, String who) {
            this.path = path;
            this.who = who;
        }
    }

    static final List<String> OFFICIALS = List.of("head-almaty", "deputy-almaty", "executor-almaty");

    /** An appeal in the chain and the step it takes next. */
    record Case(String appealId, String applicant, String iin, LocalDate dueDate, int stage) {
        Action action() {
            return Action.values()[stage];
        }

        Case advanced() {
            return new Case(appealId, applicant, iin, dueDate, stage + 1);
        }
    }

    private final ConcurrentLinkedQueue<Case> ready = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong acts = new AtomicLong();
    private volatile Set<LocalDate> nonWorkingDays;
    private int loadedYear;

    /** Takes a filed appeal into the chain if it fits (an individual's application to the officials' body). */
    void filed(Payloads.Filing filing, String receipt, String appealId) {
        if (!"APPLICATION".equals(filing.kind()) || !Payloads.OFFICIALS_BODY.equals(filing.bodyId())
                || filing.iin() == null || size.get() >= MAX_CASES) {
            return;
        }
        String due = OpenLoad.field(receipt, "dueDate");
        if (due == null) {
            return;
        }
        size.incrementAndGet();
        ready.add(new Case(appealId, filing.applicant(), filing.iin(), LocalDate.parse(due), 0));
    }

    /** The next appeal waiting for its next step, or null. */
    Case next() {
        Case c = ready.poll();
        if (c != null) {
            size.decrementAndGet();
        }
        return c;
    }

    /** After the step's answer: a success moves the appeal on to its next step; a failure leaves the chain. */
    void answered(Case c, boolean ok) {
        if (ok && c.stage() + 1 < Action.values().length) {
            size.incrementAndGet();
            ready.add(c.advanced());
        }
    }

    /** The request body of the case's next step. */
    String body(Case c, String queryBase, Auth auth) {
        return switch (c.action()) {
            case ASSIGN -> "{\"bodyId\":\"" + Payloads.OFFICIALS_BODY + "\",\"executorId\":\"executor-almaty\"}";
            case EXTEND -> "{\"motivation\":\"facts awaited from another body\",\"newDueDate\":\""
                    + workingDayOnOrAfter(c.dueDate().plusDays(14), queryBase, auth) + "\"}";
            case HEARING_SKIPPED -> "{\"reason\":\"PARTICIPANT_REQUEST\",\"details\":\"asked in writing\"}";
            case ACT -> """
                    {"actNumber":"B-%d","nature":"BURDENSOME","outcome":"REFUSED","summary":"permit refused",
                     "route":{"bodyId":"%s","bodyName":"Government Office","period":"3 months from delivery",
                              "procedure":"in writing or through e-Otinish"}}""".formatted(acts.incrementAndGet(),
                    REVIEW_BODY);
            case DELIVERY -> """
                    {"document":"ADMINISTRATIVE_ACT","deliveries":[{"recipientId":"%s",
                     "channel":"EGOV_CABINET_AND_SMS","deliveredAt":"%s","proof":"sms"}]}""".formatted(c.iin(),
                    OffsetDateTime.now(ALMATY).minusSeconds(5));
            case COMPLAINT -> "{\"against\":\"ACT\",\"applicant\":" + c.applicant()
                    + ",\"substance\":\"the refusal is unlawful\",\"form\":\"ELECTRONIC\",\"channel\":\"E_OTINISH\","
                    + "\"learnedOfActOn\":\"" + LocalDate.now(ALMATY) + "\"}";
        };
    }

    /** The extended due date must be a working day (art. 76(5)): the calendar of the query side says which. */
    private LocalDate workingDayOnOrAfter(LocalDate from, String queryBase, Auth auth) {
        Set<LocalDate> off = calendar(queryBase, auth, from.getYear());
        LocalDate day = from;
        while (off.contains(day) || day.getDayOfWeek().getValue() >= 6) {
            day = day.plusDays(1);
        }
        return day;
    }

    private synchronized Set<LocalDate> calendar(String queryBase, Auth auth, int year) {
        if (nonWorkingDays != null && loadedYear == year) {
            return nonWorkingDays;
        }
        Set<LocalDate> off = new HashSet<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int y = year - 1; y <= year + 1; y++) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(queryBase + "/api/calendar/" + y))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", auth.bearer(Auth.PORTAL)).GET()
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    for (JsonNode d : JSON.readTree(r.body()).path("nonWorkingDays")) {
                        off.add(LocalDate.parse(d.get("date").asText()));
                    }
                }
            } catch (Exception e) {
                // a year without a calendar: weekends only (the service refuses a holiday with 422, reported)
            }
        }
        nonWorkingDays = off;
        loadedYear = year;
        return off;
    }
}
