package kz.appeals.command.web;

import java.util.List;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;

@Configuration
class WebConfig implements WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CommandContext.class);
    }

    private final CommandContextResolver commandContext;

    WebConfig(CommandContextResolver commandContext) {
        this.commandContext = commandContext;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(commandContext);
    }

    /**
     * Documents the headers every command reads through {@link CommandContext}. The acting user is the bearer token's
     * (the security schemes of the API description, security-support), never a header.
     */
    @Bean
    OperationCustomizer commandHeaders() {
        return (operation, handlerMethod) -> {
            boolean command = List.of(handlerMethod.getMethod().getParameterTypes()).contains(CommandContext.class);
            if (command) {
                operation.addParametersItem(new HeaderParameter().name(CommandContextResolver.IDEMPOTENCY_KEY)
                        .description("Makes retries safe: the same key and body return the first answer and "
                                + "create nothing").schema(new StringSchema()));
                operation.addParametersItem(new HeaderParameter().name(CommandContextResolver.IF_MATCH)
                        .description("The appeal's version (the ETag of the last answer); a stale one is 409. "
                                + "Absent or * means no check").schema(new StringSchema()));
            }
            return operation;
        };
    }
}
