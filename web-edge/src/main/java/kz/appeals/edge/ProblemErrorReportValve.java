package kz.appeals.edge;

import java.io.PrintWriter;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.ProblemDetail;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tomcat's own error report, for what it refuses before the application sees the request (a malformed request line,
 * an illegal character in the target, a header over the size limit, an invalid URI): problem+json, like every other
 * error of the services, instead of Tomcat's HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String detail;
        if (status >= 500) {
            detail = "The service could not answer this request; the failure is logged";
        } else {
            String message = throwable != null && throwable.getMessage() != null ? throwable.getMessage()
                    : response.getMessage();
            detail = message == null || message.isBlank() ? "The request was refused by the web server"
                    : "The request was refused by the web server: " + EdgeText.quote(message).replaceAll("^'|'$", "");
        }
        ProblemDetail problem = Problems.of(status, detail);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(Problems.body(problem)));
                response.finishResponse();
            }
        } catch (Exception | LinkageError ignored) {
            // the connection is going away; nothing more can be told to the client
        }
    }
}
