package kz.appeals.command.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Reads {@code Idempotency-Key} and {@code If-Match} (an ETag such as {@code "7"}) into a {@link CommandContext}. */
@Component
class CommandContextResolver implements HandlerMethodArgumentResolver {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IF_MATCH = "If-Match";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CommandContext.class;
    }

    @Override
    public CommandContext resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                          NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        String key = request.getHeader(IDEMPOTENCY_KEY);
        return new CommandContext(key == null || key.isBlank() ? null : key.trim(),
                version(request.getHeader(IF_MATCH)));
    }

    /** {@code "7"}, {@code W/"7"} or {@code 7} is version 7; absent or {@code *} means "any version". */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidIfMatchException(ifMatch);
        }
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
