package kz.appeals.query.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import kz.appeals.clock.DateOutsideCalendarException;

/** Every refusal as RFC 9457 problem+json naming the parameter at fault. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(BadParameterException.class)
    ProblemDetail badParameter(BadParameterException ex) {
        return invalid(ex.parameter(), ex.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
        return invalid(ex.getName(), ex.getName() + " has the wrong format: " + ex.getValue());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setType(URI.create("urn:appeals:problem:not-found"));
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(DateOutsideCalendarException.class)
    ProblemDetail outsideCalendar(DateOutsideCalendarException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
        problem.setType(URI.create("urn:appeals:problem:date-outside-calendar"));
        problem.setTitle("Date outside the loaded working-day calendar");
        return problem;
    }

    /** The database is down or restarting: a read that may be retried, not a server bug. */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransactionSystemException.class, TransientDataAccessException.class,
            RecoverableDataAccessException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The read-model database is unavailable; retry shortly.");
        problem.setType(URI.create("urn:appeals:problem:storage-unavailable"));
        problem.setTitle("Storage unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem);
    }

    private static ProblemDetail invalid(String parameter, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setType(URI.create("urn:appeals:problem:invalid-request"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", parameter, "message", message)));
        return problem;
    }
}
