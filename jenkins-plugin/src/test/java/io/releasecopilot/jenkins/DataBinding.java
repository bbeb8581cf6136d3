package io.releasecopilot.jenkins;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * A small model of how Jenkins binds data onto objects without a Jenkins, after structs' {@code DescribableModel}
 * (350.v3b_30f09f2363), which Configuration as Code and the Snippet Generator use:
 * <ul>
 * <li>the properties are the {@code @DataBoundConstructor} parameters, by their compiled names, plus every
 * {@code @DataBoundSetter} method ({@code setX} is property {@code x}) and field;</li>
 * <li>instantiating rejects a key that is no property ("Unknown parameter(s) found for class type"), passes the
 * constructor's keys (missing ones as {@code null}, or a primitive's zero) and calls the setters of the keys
 * present; a {@code String} becomes an enum constant by name, a map a nested data-bound object and a list a list
 * of those;</li>
 * <li>describing reads each property through its getter ({@code getX}/{@code isX}) or field, drops a constructor
 * property that is {@code null}, and drops a setter property whose value equals the one of a control object built
 * from the constructor properties alone; nested objects are described the same way, enums by name.</li>
 * </ul>
 * A {@code GlobalConfiguration} is a singleton that Configuration as Code configures in place, through its
 * setters: {@link #configure} and {@link #describeSingleton} model that, against a fresh instance as control.
 */
final class DataBinding {

    private DataBinding() {
    }

    /** Creates an object from its data-bound properties. */
    static <T> T instantiate(Class<T> type, Map<String, ?> arguments) {
        Constructor<?> constructor = constructor(type);
        Set<String> unknown = new TreeSet<>(arguments.keySet());
        unknown.removeAll(properties(type).keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("WARNING: Unknown parameter(s) found for class type '"
                    + type.getName() + "': " + String.join(",", unknown));
        }
        Parameter[] parameters = constructor.getParameters();
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Object value = arguments.get(parameters[i].getName());
            values[i] = value == null ? zero(parameters[i].getType())
                    : coerce(value, parameters[i].getParameterizedType());
        }
        try {
            T object = type.cast(constructor.newInstance(values));
            for (Map.Entry<String, ?> argument : arguments.entrySet()) {
                Method setter = setters(type).get(argument.getKey());
                if (setter != null) {
                    setter.invoke(object, coerce(argument.getValue(), setter.getGenericParameterTypes()[0]));
                }
            }
            return object;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate " + type.getName() + " from " + arguments, e);
        }
    }

    /** Describes an object as the map that instantiates it again. */
    static Map<String, Object> uninstantiate(Object object) {
        Class<?> type = object.getClass();
        Set<String> required = constructorNames(type);
        Map<String, Object> described = new TreeMap<>();
        Map<String, Object> requiredValues = new TreeMap<>();
        for (String property : properties(type).keySet()) {
            Object value = inspect(object, property);
            if (required.contains(property)) {
                if (value == null) {
                    continue;
                }
                requiredValues.put(property, value);
            }
            described.put(property, value);
        }
        Object control = instantiate(type, requiredValues);
        for (String property : setters(type).keySet()) {
            if (!required.contains(property) && Objects.equals(inspect(control, property), described.get(property))) {
                described.remove(property);
            }
        }
        Map<String, Object> out = new TreeMap<>();
        described.forEach((name, value) -> out.put(name, externalize(value)));
        return out;
    }

    /** Configures a singleton in place through its setters, as Configuration as Code does. */
    static void configure(Object singleton, Map<String, ?> attributes) {
        Map<String, Method> setters = setters(singleton.getClass());
        Set<String> unknown = new TreeSet<>(attributes.keySet());
        unknown.removeAll(setters.keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Invalid configuration elements for type "
                    + singleton.getClass().getName() + ": " + String.join(",", unknown));
        }
        try {
            for (Map.Entry<String, ?> attribute : attributes.entrySet()) {
                Method setter = setters.get(attribute.getKey());
                setter.invoke(singleton, coerce(attribute.getValue(), setter.getGenericParameterTypes()[0]));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Describes a singleton's setter properties that differ from those of the control instance. */
    static Map<String, Object> describeSingleton(Object singleton, Object control) {
        Map<String, Object> out = new TreeMap<>();
        for (String property : setters(singleton.getClass()).keySet()) {
            Object value = inspect(singleton, property);
            if (!Objects.equals(value, inspect(control, property))) {
                out.put(property, externalize(value));
            }
        }
        return out;
    }

    private static Object externalize(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>();
            list.forEach(item -> items.add(externalize(item)));
            return items;
        }
        if (value != null && hasDataBoundConstructor(value.getClass())) {
            return uninstantiate(value);
        }
        return value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object coerce(Object value, Type target) {
        Class<?> raw = target instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) target;
        if (value == null) {
            return zero(raw);
        }
        if (List.class.isAssignableFrom(raw) && value instanceof List<?> list) {
            Type element = ((ParameterizedType) target).getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>();
            list.forEach(item -> out.add(coerce(item, element)));
            return out;
        }
        if (raw.isEnum() && value instanceof String name) {
            return Enum.valueOf((Class<? extends Enum>) raw, name);
        }
        if (value instanceof Map<?, ?> map && hasDataBoundConstructor(raw)) {
            Map<String, Object> arguments = new LinkedHashMap<>();
            map.forEach((k, v) -> arguments.put((String) k, v));
            return instantiate(raw, arguments);
        }
        if ((raw == boolean.class || raw == Boolean.class) && value instanceof Boolean) {
            return value;
        }
        if (raw == String.class && (value instanceof String || value instanceof Number || value instanceof Boolean)) {
            return value.toString();
        }
        if (raw.isInstance(value)) {
            return value;
        }
        throw new IllegalArgumentException("cannot bind " + value + " (" + value.getClass().getSimpleName()
                + ") to " + target.getTypeName());
    }

    private static Object zero(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class || type == long.class || type == double.class) {
            return type == int.class ? 0 : type == long.class ? 0L : 0.0;
        }
        return null;
    }

    private static boolean hasDataBoundConstructor(Class<?> type) {
        for (Constructor<?> c : type.getConstructors()) {
            if (c.isAnnotationPresent(DataBoundConstructor.class)) {
                return true;
            }
        }
        return false;
    }

    private static Constructor<?> constructor(Class<?> type) {
        for (Constructor<?> c : type.getConstructors()) {
            if (c.isAnnotationPresent(DataBoundConstructor.class)) {
                return c;
            }
        }
        throw new IllegalArgumentException(type.getName() + " has no @DataBoundConstructor");
    }

    private static Set<String> constructorNames(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Parameter p : constructor(type).getParameters()) {
            names.add(p.getName());
        }
        return names;
    }

    /** Every data-bound property: constructor parameters, then setters and fields. */
    private static Map<String, Type> properties(Class<?> type) {
        Map<String, Type> properties = new TreeMap<>();
        if (hasDataBoundConstructor(type)) {
            for (Parameter p : constructor(type).getParameters()) {
                properties.put(p.getName(), p.getParameterizedType());
            }
        }
        setters(type).forEach((name, setter) -> properties.put(name, setter.getGenericParameterTypes()[0]));
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(DataBoundSetter.class)) {
                    properties.put(f.getName(), f.getGenericType());
                }
            }
        }
        return properties;
    }

    private static Map<String, Method> setters(Class<?> type) {
        Map<String, Method> setters = new TreeMap<>();
        for (Method m : type.getMethods()) {
            if (m.isAnnotationPresent(DataBoundSetter.class) && m.getName().startsWith("set")
                    && m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers())) {
                setters.put(Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4), m);
            }
        }
        return setters;
    }

    private static Object inspect(Object object, String property) {
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String getter : List.of("get" + suffix, "is" + suffix)) {
            try {
                return object.getClass().getMethod(getter).invoke(object);
            } catch (NoSuchMethodException e) {
                // try the next form, then the field
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(object.getClass().getName() + " has no getter for " + property);
    }
}
