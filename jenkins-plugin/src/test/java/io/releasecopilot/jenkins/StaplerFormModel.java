package io.releasecopilot.jenkins;

import java.beans.Introspector;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * A small model of how Stapler binds a submitted form to a data-bound class ({@code RequestImpl.bindJSON},
 * {@code instantiate}, {@code injectSetters} and {@code TypePair.convertJSON} of stapler 1903.1905.ve5a_f469356f0,
 * which core 2.479.3 bundles): the no-argument data-bound constructor, then, for every key of the form, the public
 * {@code @DataBoundSetter} method of that property name (keys without one are ignored), with the value converted:
 * {@code null} to {@code null} (or {@code false}/{@code 0}); for a collection type a JSON array element by element
 * and a single value to a one-element list; for an enum {@code Enum.valueOf} of the text (so {@code ""} fails);
 * text, booleans and numbers through their converters (the model parses numbers strictly, so it also rejects an
 * empty number); any other type (a {@code Map}) has no converter and fails with "Unable to convert".
 */
final class StaplerFormModel {

    private StaplerFormModel() {
    }

    /** Binds the form onto a new instance of the type. */
    static <T> T bind(Class<T> type, Map<String, Object> form) {
        try {
            T instance = type.getConstructor().newInstance();
            for (Map.Entry<String, Object> field : form.entrySet()) {
                Method setter = setter(type, field.getKey());
                if (setter != null) {
                    setter.invoke(instance, convert(setter.getGenericParameterTypes()[0], field.getValue()));
                }
            }
            return instance;
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("Failed to instantiate " + type + " from " + form, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Method setter(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && m.getName().startsWith("set") && m.getParameterCount() == 1
                        && m.isAnnotationPresent(DataBoundSetter.class)
                        && Introspector.decapitalize(m.getName().substring(3)).equals(name)) {
                    return m;
                }
            }
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Type type, Object value) {
        Class<?> erased = StructsModel.erasure(type);
        if (value == null) {
            return erased == boolean.class ? Boolean.FALSE : erased.isPrimitive() ? 0 : null;
        }
        if (Collection.class.isAssignableFrom(erased)) {
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            List<Object> list = new ArrayList<>();
            if (value instanceof List<?> array) {
                array.forEach(item -> list.add(convert(element, item)));
            } else {
                list.add(convert(element, value));
            }
            return list;
        }
        if (erased.isEnum()) {
            return Enum.valueOf((Class<Enum>) erased, value.toString());
        }
        Class<?> wrapped = StructsModel.wrap(erased);
        if (wrapped == String.class) {
            return value.toString();
        }
        if (wrapped == Boolean.class) {
            return value instanceof Boolean b ? b : Boolean.valueOf(value.toString());
        }
        if (wrapped == Integer.class) {
            return value instanceof Number n ? n.intValue() : Integer.valueOf(value.toString());
        }
        if (wrapped == Double.class) {
            return value instanceof Number n ? n.doubleValue() : Double.valueOf(value.toString());
        }
        throw new IllegalArgumentException("Unable to convert to " + erased);
    }
}
