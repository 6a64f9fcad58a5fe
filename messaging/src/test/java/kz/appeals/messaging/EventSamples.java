package kz.appeals.messaging;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.appeals.clock.ExplanationStep;

/** Deterministic sample events for the codec tests: every field filled, the same values on every run. */
final class EventSamples {

    private EventSamples() {
    }

    /** An instance with a value in every field, nested records and lists included. */
    static Object sample(Class<?> recordClass) throws Exception {
        RecordComponent[] components = recordClass.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getType(), components[i].getGenericType(), components[i].getName());
        }
        return recordClass.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object value(Class<?> type, Type generic, String name) throws Exception {
        if (type == String.class) {
            return name + "-value";
        } else if (type == LocalDate.class) {
            return LocalDate.of(2026, 3, 17);
        } else if (type == Instant.class) {
            return Instant.parse("2026-03-17T05:00:00Z");
        } else if (type == boolean.class) {
            return true;
        } else if (type == int.class) {
            return 2;
        } else if (type == long.class) {
            return 86_500L;
        } else if (type.isEnum()) {
            return type.getEnumConstants()[type.getEnumConstants().length - 1];
        } else if (type == List.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Class<?> elementClass = (Class<?>) element;
            return List.of(value(elementClass, elementClass, name + "-0"));
        } else if (type == ExplanationStep.class) {
            return new ExplanationStep(LocalDate.of(2026, 3, 17), "COUNTED", "working day 1 of 15");
        } else if (type.isRecord()) {
            return sample(type);
        }
        throw new IllegalArgumentException("No sample for " + type);
    }
}
