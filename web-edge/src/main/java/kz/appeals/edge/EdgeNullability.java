package kz.appeals.edge;

import java.lang.annotation.Annotation;
import java.util.List;

import org.springdoc.core.customizers.PropertyCustomizer;

import com.fasterxml.jackson.databind.JavaType;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * What is really sent: a property of a primitive type (or marked {@code @NotNull}/{@code @NonNull}) is never null;
 * any other may be, and is described as nullable. A reference to another schema is wrapped in {@code allOf} so that
 * the nullability is not lost beside a {@code $ref}.
 */
public class EdgeNullability implements PropertyCustomizer {

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        if (property == null || type == null || neverNull(type)) {
            return property;
        }
        if (property.get$ref() != null) {
            ComposedSchema wrapped = new ComposedSchema();
            wrapped.setAllOf(List.of(new Schema<>().$ref(property.get$ref())));
            wrapped.setNullable(true);
            wrapped.setDescription(property.getDescription());
            return wrapped;
        }
        property.setNullable(true);
        return property;
    }

    private static boolean neverNull(AnnotatedType type) {
        if (type.getType() instanceof JavaType java && java.isPrimitive()) {
            return true;
        }
        if (type.getType() instanceof Class<?> c && c.isPrimitive()) {
            return true;
        }
        if (type.getCtxAnnotations() != null) {
            for (Annotation a : type.getCtxAnnotations()) {
                String name = a.annotationType().getSimpleName();
                if (name.equals("NotNull") || name.equals("NonNull") || name.equals("NotBlank")
                        || name.equals("NotEmpty")) {
                    return true;
                }
            }
        }
        return false;
    }
}
