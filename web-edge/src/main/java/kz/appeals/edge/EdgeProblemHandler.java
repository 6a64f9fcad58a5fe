package kz.appeals.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolationException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * The base of each service's problem handler: every exception Spring MVC raises for a malformed request becomes a
 * problem+json whose {@code errors} name the field, parameter or header at fault and what is wrong with it, always
 * with {@code Content-Type: application/problem+json} whatever the request's Accept said.
 */
public abstract class EdgeProblemHandler extends ResponseEntityExceptionHandler {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    @ExceptionHandler(InvalidInputException.class)
    public ResponseEntity<Object> invalidInput(InvalidInputException ex) {
        return problem(Problems.invalid(ex.field(), ex.in(), ex.getMessage()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        List<Map<String, Object>> errors = new ArrayList<>();
        ex.getConstraintViolations().forEach(v -> {
            String path = v.getPropertyPath().toString();
            String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
            errors.add(Problems.error(field, "query", field + " " + v.getMessage()));
        });
        return problem(invalid(errors));
    }

    /** A problem written as problem+json, whatever the request's Accept header asked for. */
    public static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return handleExceptionInternal(ex, unreadable(ex), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> entity = super.handleExceptionInternal(ex, body, headers, status, request);
        if (entity == null || !(entity.getBody() instanceof ProblemDetail problem)) {
            return entity;
        }
        int code = entity.getStatusCode().value();
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(Problems.typeOf(code));
        }
        if (code == 400 && problem.getTitle() != null && problem.getTitle().equals("Bad Request")) {
            problem.setTitle("Invalid request");
        }
        List<Map<String, Object>> errors = errors(ex);
        if (!errors.isEmpty() && (problem.getProperties() == null || !problem.getProperties().containsKey("errors"))) {
            problem.setProperty("errors", errors);
            if (errors.size() == 1) {
                problem.setDetail(String.valueOf(errors.get(0).get("message")));
            }
        }
        HttpHeaders out = new HttpHeaders();
        out.putAll(entity.getHeaders());
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, out, entity.getStatusCode());
    }

    private static ProblemDetail invalid(List<Map<String, Object>> errors) {
        ProblemDetail problem = Problems.of(400, errors.size() == 1 ? String.valueOf(errors.get(0).get("message"))
                : errors.size() + " values of the request are invalid");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** What each kind of refusal names. */
    private static List<Map<String, Object>> errors(Exception ex) {
        List<Map<String, Object>> errors = new ArrayList<>();
        if (ex instanceof MissingServletRequestParameterException e) {
            errors.add(Problems.error(e.getParameterName(), "query", e.getParameterName() + " is required"));
        } else if (ex instanceof MissingRequestHeaderException e) {
            errors.add(Problems.error(e.getHeaderName(), "header", "header " + e.getHeaderName() + " is required"));
        } else if (ex instanceof MethodArgumentTypeMismatchException e) {
            String in = in(e.getParameter());
            errors.add(Problems.error(e.getName(), in, e.getName() + " must be " + describe(e.getRequiredType())
                    + ", not " + EdgeText.quote(e.getValue())));
        } else if (ex instanceof TypeMismatchException e) {
            String name = e.getPropertyName() == null ? "value" : e.getPropertyName();
            errors.add(Problems.error(name, "query", name + " must be " + describe(e.getRequiredType())));
        } else if (ex instanceof MethodArgumentNotValidException e) {
            for (FieldError f : e.getBindingResult().getFieldErrors()) {
                errors.add(Problems.error(f.getField(), "body", f.getField() + " " + f.getDefaultMessage()));
            }
            for (ObjectError g : e.getBindingResult().getGlobalErrors()) {
                errors.add(Problems.error(g.getObjectName(), "body", g.getDefaultMessage()));
            }
        } else if (ex instanceof HandlerMethodValidationException e) {
            e.getParameterValidationResults().forEach(r -> {
                String name = r.getMethodParameter().getParameterName();
                String in = in(r.getMethodParameter());
                r.getResolvableErrors().forEach(err -> errors.add(Problems.error(name, in,
                        name + " " + err.getDefaultMessage())));
            });
        } else if (ex instanceof HttpMediaTypeNotSupportedException e) {
            errors.add(Problems.error("Content-Type", "header", "Content-Type "
                    + (e.getContentType() == null ? "is missing" : EdgeText.quote(e.getContentType()) + " is not supported")
                    + "; use one of " + e.getSupportedMediaTypes()));
        } else if (ex instanceof HttpMediaTypeNotAcceptableException e) {
            errors.add(Problems.error("Accept", "header", "Accept must allow one of " + e.getSupportedMediaTypes()));
        } else if (ex instanceof HttpRequestMethodNotSupportedException e) {
            errors.add(Problems.error("method", "request", "method " + EdgeText.quote(e.getMethod())
                    + " is not allowed here; use one of " + e.getSupportedHttpMethods()));
        }
        return errors;
    }

    private static String in(MethodParameter parameter) {
        if (parameter == null) {
            return "query";
        }
        if (parameter.hasParameterAnnotation(PathVariable.class)) {
            return "path";
        }
        if (parameter.hasParameterAnnotation(RequestHeader.class)) {
            return "header";
        }
        if (parameter.hasParameterAnnotation(RequestBody.class)) {
            return "body";
        }
        return "query";
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another format";
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "a " + type.getSimpleName();
    }

    /** An unreadable body: which key or field, and why (syntax, duplicate key, wrong type, bad text). */
    public static ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        String field = "body";
        String message;
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = path(mapping);
            if (cause instanceof InvalidTextException) {
                message = field + " " + ((InvalidTextException) cause).problem();
            } else if (cause instanceof InvalidFormatException format) {
                message = field + " must be " + describe(format.getTargetType()) + ", not "
                        + EdgeText.quote(format.getValue());
            } else if (cause instanceof MismatchedInputException mismatched) {
                message = field + " must be " + describe(mismatched.getTargetType());
            } else {
                message = field + " cannot be read: " + original(mapping);
            }
        } else if (cause instanceof JsonProcessingException processing) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(processing.getOriginalMessage()));
            if (duplicate.find()) {
                field = pointerOf(processing, duplicate.group(1));
                message = "the body has the key " + EdgeText.quote(duplicate.group(1)) + " more than once"
                        + (field.equals(duplicate.group(1)) ? "" : " (at " + field + ")");
            } else {
                JsonParser parser = cause instanceof StreamReadException read ? read.getProcessor() : null;
                if (parser != null && parser.getParsingContext() != null
                        && parser.getParsingContext().getCurrentName() != null) {
                    field = parser.getParsingContext().pathAsPointer().toString().replaceFirst("^/", "")
                            .replace('/', '.');
                }
                message = "the body is not valid JSON" + (field.equals("body") ? "" : " at " + field) + ": "
                        + original(processing);
            }
        } else if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
            message = "the request body is missing";
        } else {
            message = "the request body cannot be read";
        }
        return Problems.invalid(field, "body", message);
    }

    private static String pointerOf(JsonProcessingException e, String key) {
        JsonParser parser = e instanceof StreamReadException read ? read.getProcessor() : null;
        if (parser != null && parser.getParsingContext() != null) {
            String parent = parser.getParsingContext().pathAsPointer().toString();
            // the context may already point at the duplicate key itself
            String path = parent.replaceFirst("^/", "").replace('/', '.');
            return path.isEmpty() ? key : path.endsWith(key) ? path : path + "." + key;
        }
        return key;
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.length() == 0 ? "body" : out.toString();
    }

    /** Jackson's own message without the location and source excerpt (which may quote the body). */
    private static String original(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return "malformed";
        }
        m = m.replaceAll("\\p{Cntrl}", " ");
        int source = m.indexOf(" at [Source");
        if (source > 0) {
            m = m.substring(0, source);
        }
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
