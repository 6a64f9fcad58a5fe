package kz.appeals.query.api;

import java.net.URI;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import kz.appeals.clock.DateOutsideCalendarException;
import kz.appeals.edge.EdgeProblemHandler;

/**
 * Every refusal as RFC 9457 problem+json naming the parameter at fault: the malformed-request cases come from
 * {@link EdgeProblemHandler} (shared with the command side), the query side's own ones are here.
 */
@RestControllerAdvice
class ProblemHandler extends EdgeProblemHandler {

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
        problem.setType(URI.create("urn:appeals:problem:not-found"));
        problem.setTitle("Not found");
        return problem(problem);
    }

    @ExceptionHandler(DateOutsideCalendarException.class)
    ResponseEntity<Object> outsideCalendar(DateOutsideCalendarException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
        problem.setType(URI.create("urn:appeals:problem:date-outside-calendar"));
        problem.setTitle("Date outside the loaded working-day calendar");
        return problem(problem);
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
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
