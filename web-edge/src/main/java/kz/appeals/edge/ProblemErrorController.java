package kz.appeals.edge;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The container's error page (Spring Boot registers {@code /error} for every status and exception) answers
 * problem+json for whatever reached it, whatever the Accept header: no whitelabel HTML, no stack trace, and for a 5xx
 * no internal message either.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    @RequestMapping(method = {RequestMethod.GET, RequestMethod.HEAD, RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE, RequestMethod.OPTIONS, RequestMethod.TRACE})
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpStatus.NOT_FOUND.value();
        if (status < 400) {
            status = 500;
        }
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String detail;
        if (status >= 500) {
            detail = "The service could not answer this request; the failure is logged";
        } else if (status == 404) {
            detail = "No endpoint at " + EdgeText.quote(uri == null ? request.getRequestURI() : uri);
        } else if (message instanceof String m && !m.isBlank()) {
            detail = EdgeText.quote(m).replaceAll("^'|'$", "");
        } else {
            HttpStatus known = HttpStatus.resolve(status);
            detail = known == null ? "Error " + status : known.getReasonPhrase();
        }
        ProblemDetail problem = Problems.of(status, detail);
        response.resetBuffer();
        Problems.write(response, problem);
    }
}
