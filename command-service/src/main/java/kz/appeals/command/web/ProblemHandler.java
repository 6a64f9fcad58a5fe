package kz.appeals.command.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import kz.appeals.edge.EdgeProblemHandler;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.JsonMappingException;

import kz.appeals.clock.CalendarDataException;
import kz.appeals.clock.DateOutsideCalendarException;
import kz.appeals.command.domain.RuleViolation;
import kz.appeals.command.domain.StateConflict;
import kz.appeals.command.infra.IdempotencyKeyReusedException;

/** Every refusal as RFC 9457 problem+json, naming the fields or the article that was broken. */
@RestControllerAdvice
class ProblemHandler extends EdgeProblemHandler {

    static final URI INVALID_REQUEST = URI.create("urn:appeals:problem:invalid-request");
    static final URI MALFORMED_JSON = URI.create("urn:appeals:problem:malformed-json");
    static final URI OUTSIDE_CALENDAR = URI.create("urn:appeals:problem:date-outside-calendar");
    static final URI BAD_CALENDAR = URI.create("urn:appeals:problem:invalid-calendar-data");
    static final URI KEY_REUSED = URI.create("urn:appeals:problem:idempotency-key-reused");
    static final URI UNAVAILABLE = URI.create("urn:appeals:problem:storage-unavailable");
    static final URI RULE_VIOLATION = URI.create("urn:appeals:problem:rule-violation");
    static final URI WRONG_STAGE = URI.create("urn:appeals:problem:wrong-stage");
    static final URI STALE_VERSION = URI.create("urn:appeals:problem:stale-version");
    static final URI NOT_FOUND = URI.create("urn:appeals:problem:appeal-not-found");
    static final URI CONCURRENT = URI.create("urn:appeals:problem:concurrent-modification");

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
                .distinct()
                .sorted(Comparator.comparing((Map<String, String> e) -> e.get("field")))
                .collect(Collectors.toList());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Invalid request",
                errors.size() + " field(s) are invalid: "
                        + errors.stream().map(e -> e.get("field")).distinct().collect(Collectors.joining(", ")));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * The edge names the key, field or character at fault (duplicate key, control character, wrong type, number
     * out of range); a body that is not JSON at all keeps its own type.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = unreadable(ex);
        boolean located = ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty();
        if (!located && problem.getDetail() != null && problem.getDetail().startsWith("the body is not valid JSON")) {
            problem.setType(MALFORMED_JSON);
            problem.setTitle("Malformed JSON");
        }
        return problem(problem);
    }

    /**
     * Two commands on one appeal at the same moment, without If-Match: the second append meets the first one's
     * sequence number (Axon's ConcurrencyException, or the unique key of the event store or the idempotency table
     * when the database reports it first). Nothing of the loser was stored: 409, read again and retry.
     */
    @ExceptionHandler({ConcurrencyException.class, DuplicateKeyException.class})
    ResponseEntity<ProblemDetail> concurrent(Exception ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, CONCURRENT, "Changed concurrently",
                "Another request changed this appeal at the same moment; nothing of this one was stored. Read the "
                        + "appeal again and retry (with If-Match to be sure of the version).");
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(CalendarDataException.class)
    ProblemDetail badCalendar(CalendarDataException ex) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, BAD_CALENDAR,
                "Invalid calendar data; the loaded calendar stays in use", ex.getMessage());
    }

    @ExceptionHandler(DateOutsideCalendarException.class)
    ProblemDetail outsideCalendar(DateOutsideCalendarException ex) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, OUTSIDE_CALENDAR,
                "Date outside the loaded working-day calendar", ex.getMessage());
    }

    /** 422 for what the Code forbids, 409 for a step that does not fit the appeal's stage; both name the article. */
    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation ex) {
        boolean stage = ex instanceof StateConflict;
        HttpStatus status = stage ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
        ProblemDetail problem = problem(status, stage ? WRONG_STAGE : RULE_VIOLATION,
                stage ? "Not at this stage of the procedure" : "Refused by the APPC", ex.getMessage());
        problem.setProperty("article", ex.article());
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<ProblemDetail> staleVersion(ConflictingAggregateVersionException ex) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, STALE_VERSION, "Stale If-Match version",
                "The appeal changed since version " + ex.getExpectedVersion() + " (it is at version "
                        + ex.getActualVersion() + "); read it again and retry with its current ETag.");
        problem.setProperty("currentVersion", ex.getActualVersion());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .header(HttpHeaders.ETAG, CommandContextResolver.etag(ex.getActualVersion())).body(problem);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, NOT_FOUND, "Appeal not found", "No appeal "
                + ex.getAggregateIdentifier());
    }

    @ExceptionHandler(InvalidIfMatchException.class)
    ProblemDetail invalidIfMatch(InvalidIfMatchException ex) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Invalid request", ex.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", "If-Match", "message", "must be an appeal version")));
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail keyReused(IdempotencyKeyReusedException ex) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, KEY_REUSED, "Idempotency-Key reused", ex.getMessage());
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class, TransactionSystemException.class,
            TransientDataAccessException.class, RecoverableDataAccessException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception ex) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE, "Storage unavailable",
                "The event store is unavailable; nothing was stored. Retry with the same Idempotency-Key.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    private static String path(JsonMappingException ex) {
        return ex.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
