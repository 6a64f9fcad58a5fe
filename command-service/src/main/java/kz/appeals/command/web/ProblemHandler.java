package kz.appeals.command.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.JsonMappingException;

import kz.appeals.clock.CalendarDataException;
import kz.appeals.clock.DateOutsideCalendarException;
import kz.appeals.command.domain.RuleViolation;
import kz.appeals.command.domain.StateConflict;
import kz.appeals.command.infra.IdempotencyKeyReusedException;

/** Every refusal as RFC 9457 problem+json, naming the fields or the article that was broken. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

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

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem;
        if (ex.getCause() instanceof InvalidFormatException invalid) {
            String field = path(invalid);
            problem = problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Invalid request", "Field '" + field
                    + "' has a value of the wrong format: " + invalid.getValue());
            problem.setProperty("errors", List.of(Map.of("field", field, "message", "has the wrong format")));
        } else {
            problem = problem(HttpStatus.BAD_REQUEST, MALFORMED_JSON, "Malformed JSON",
                    "The request body is not valid JSON or does not have the expected shape");
        }
        return ResponseEntity.badRequest().body(problem);
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
