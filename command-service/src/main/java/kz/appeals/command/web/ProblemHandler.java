package kz.appeals.command.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.JsonMappingException;

import kz.appeals.clock.DateOutsideCalendarException;
import kz.appeals.command.infra.IdempotencyKeyReusedException;

/** Every refusal as RFC 9457 problem+json, naming the fields or the article that was broken. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    static final URI INVALID_REQUEST = URI.create("urn:appeals:problem:invalid-request");
    static final URI MALFORMED_JSON = URI.create("urn:appeals:problem:malformed-json");
    static final URI OUTSIDE_CALENDAR = URI.create("urn:appeals:problem:date-outside-calendar");
    static final URI KEY_REUSED = URI.create("urn:appeals:problem:idempotency-key-reused");
    static final URI UNAVAILABLE = URI.create("urn:appeals:problem:storage-unavailable");

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
                .distinct()
                .sorted(Comparator.comparing((Map<String, String> e) -> e.get("field")))
                .collect(Collectors.toList());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.size() + " field(s) are invalid: "
                        + errors.stream().map(e -> e.get("field")).distinct().collect(Collectors.joining(", ")));
        problem.setType(INVALID_REQUEST);
        problem.setTitle("Invalid request");
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
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Field '" + field
                    + "' has a value of the wrong format: " + invalid.getValue());
            problem.setType(INVALID_REQUEST);
            problem.setTitle("Invalid request");
            problem.setProperty("errors", List.of(Map.of("field", field, "message", "has the wrong format")));
        } else {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The request body is not valid JSON or does not have the expected shape");
            problem.setType(MALFORMED_JSON);
            problem.setTitle("Malformed JSON");
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(DateOutsideCalendarException.class)
    ProblemDetail outsideCalendar(DateOutsideCalendarException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
        problem.setType(OUTSIDE_CALENDAR);
        problem.setTitle("Date outside the loaded working-day calendar");
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail keyReused(IdempotencyKeyReusedException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
        problem.setType(KEY_REUSED);
        problem.setTitle("Idempotency-Key reused");
        return problem;
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The event store is unavailable; nothing was stored. Retry with the same Idempotency-Key.");
        problem.setType(UNAVAILABLE);
        problem.setTitle("Storage unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    private static String path(JsonMappingException ex) {
        return ex.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
