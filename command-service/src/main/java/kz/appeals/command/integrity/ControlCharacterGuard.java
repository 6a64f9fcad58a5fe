package kz.appeals.command.integrity;

import java.lang.reflect.Type;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses, at the edge, a request body with a control character in any text field: 400 problem+json naming the field.
 * Checked on the bound request object rather than in Jackson, because the same ObjectMapper also reads the event
 * store, whose old events must stay readable whatever they contain.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ControlCharacterGuard extends RequestBodyAdviceAdapter {

    static final class RefusedText extends RuntimeException {

        final transient ControlCharacters.Offence offence;

        RefusedText(ControlCharacters.Offence offence) {
            super("Field '" + offence.field() + "' " + offence.message());
            this.offence = offence;
        }
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter,
                                Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        ControlCharacters.find(body).ifPresent(offence -> {
            throw new RefusedText(offence);
        });
        return body;
    }

    @ExceptionHandler(RefusedText.class)
    ProblemDetail refused(RefusedText ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
        problem.setType(URI.create("urn:appeals:problem:invalid-request"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", ex.offence.field(), "message",
                ex.offence.message())));
        return problem;
    }
}
