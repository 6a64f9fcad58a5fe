package kz.appeals.edge;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;

import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Request bodies are read by a copy of the application's ObjectMapper that is strict where input is hostile: a key
 * given twice is refused (naming it) rather than silently last-wins, trailing content after the JSON value is
 * refused, and every JSON string is NFC-normalised and refused with a control character. Only the HTTP converter
 * gets this copy: events and other stored JSON keep being read by the application's own mapper.
 */
public class EdgeJson implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter jackson) {
                jackson.setObjectMapper(strict(jackson.getObjectMapper()));
            }
        }
    }

    public static ObjectMapper strict(ObjectMapper base) {
        ObjectMapper copy = base.copy();
        copy.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        copy.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        copy.registerModule(new SimpleModule("appeals-edge-text").addDeserializer(String.class, new EdgeString()));
        return copy;
    }

    /** Every JSON string of a request body: NFC, no control characters except TAB, LF and CR. */
    static final class EdgeString extends StdScalarDeserializer<String> {

        EdgeString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value == null) {
                return null;
            }
            String problem = EdgeText.problem(value, true);
            if (problem != null) {
                throw new InvalidTextException(p, problem);
            }
            return Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
                    : Normalizer.normalize(value, Normalizer.Form.NFC);
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return "";
        }

        @Override
        public com.fasterxml.jackson.databind.type.LogicalType logicalType() {
            return com.fasterxml.jackson.databind.type.LogicalType.Textual;
        }
    }
}
