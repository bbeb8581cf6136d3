package io.releasecopilot.jenkins;

import java.beans.Introspector;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * A small, faithful model of how structs' {@code DescribableModel} (structs-plugin 350.v3b_30f09f2363, the version
 * the plugin targets: {@code DescribableModel}, {@code DescribableParameter}) turns a Pipeline call into a step and a
 * step into a Snippet Generator snippet. structs cannot be on our class path (it lives only in the Jenkins
 * repository), so this class encodes the rules our step relies on, and fails on any feature it does not model:
 * <ul>
 *   <li><b>Parameters</b>: the {@code @DataBoundConstructor}'s parameters, then every {@code @DataBoundSetter}
 *       method of the class and its superclasses, named {@code set<Name>} with one parameter; the property is
 *       {@code Introspector.decapitalize(<Name>)}. {@code @DataBoundSetter} fields and deprecated setters
 *       (which structs treats in a second pass) are not modelled.</li>
 *   <li><b>instantiate</b>: the constructor with the constructor parameters, then each setter whose name is in
 *       the map, with the value coerced: a {@code List} to a list of coerced elements; a value already of the
 *       (wrapped) type as it is (so a Groovy map for a {@code Map} parameter); {@code null} as {@code null}; a
 *       {@code String} to an enum constant ({@code Enum.valueOf}, case-sensitive), a number or a boolean; a
 *       number to a {@code Double} as Groovy's argument coercion does; anything else a
 *       {@code ClassCastException}. An unknown name is an error here (structs logs it, or fails when strict).</li>
 *   <li><b>uninstantiate</b>: each parameter's value read through a public field, else {@code get<Name>()}, else
 *       {@code is<Name>()}, uncoerced (an enum to its name, a collection to a list); then a control instance is
 *       built from the constructor parameters alone, and every setter parameter whose value equals the control's
 *       ({@code ObjectUtils.equals}) is left out. The Snippetizer prints what is left, {@code null} included.</li>
 * </ul>
 */
final class StructsModel<T> {

    private final Class<T> type;
    private final Constructor<T> constructor;
    private final Map<String, Method> setters = new TreeMap<>();

    private StructsModel(Class<T> type) {
        this.type = type;
        this.constructor = dataBoundConstructor(type);
        if (constructor.getParameterCount() > 0) {
            throw new UnsupportedOperationException("constructor parameters are not modelled: " + constructor);
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(DataBoundSetter.class)) {
                    throw new UnsupportedOperationException("@DataBoundSetter fields are not modelled: " + field);
                }
            }
            for (Method method : c.getDeclaredMethods()) {
                if (method.isAnnotationPresent(DataBoundSetter.class)) {
                    if (!method.getName().startsWith("set") || method.getParameterCount() != 1) {
                        throw new IllegalStateException(method + " cannot be a @DataBoundSetter");
                    }
                    if (method.isAnnotationPresent(Deprecated.class)) {
                        throw new UnsupportedOperationException("deprecated setters are not modelled: " + method);
                    }
                    setters.put(Introspector.decapitalize(method.getName().substring(3)), method);
                }
            }
        }
    }

    static <T> StructsModel<T> of(Class<T> type) {
        return new StructsModel<>(type);
    }

    /** Returns the setter parameters by name. */
    Map<String, Method> parameters() {
        return setters;
    }

    /** Creates an instance from named arguments, as {@code DescribableModel.instantiate} does. */
    T instantiate(Map<String, ?> arguments) {
        for (String name : arguments.keySet()) {
            if (!setters.containsKey(name)) {
                throw new IllegalArgumentException("unknown parameter " + name + " of " + type.getName());
            }
        }
        try {
            T instance = constructor.newInstance();
            for (Map.Entry<String, Method> setter : setters.entrySet()) {
                if (arguments.containsKey(setter.getKey())) {
                    Method method = setter.getValue();
                    method.invoke(instance, coerce(method.getGenericParameterTypes()[0],
                            arguments.get(setter.getKey())));
                }
            }
            return instance;
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("Could not instantiate " + arguments + ": " + e.getCause(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the arguments that recreate the instance, defaults left out, as {@code uninstantiate2} does. */
    Map<String, Object> uninstantiate(T instance) {
        T control = instantiate(Map.of());
        Map<String, Object> arguments = new TreeMap<>();
        for (String name : setters.keySet()) {
            Object value = inspect(instance, name);
            if (!Objects.equals(value, inspect(control, name))) {
                arguments.put(name, value);
            }
        }
        return arguments;
    }

    private Object inspect(T instance, String name) {
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        try {
            try {
                return uncoerce(type.getField(name).get(instance));
            } catch (NoSuchFieldException e) {
                // a getter then
            }
            Method getter;
            try {
                getter = type.getMethod("get" + capitalized);
            } catch (NoSuchMethodException e) {
                try {
                    getter = type.getMethod("is" + capitalized);
                } catch (NoSuchMethodException none) {
                    throw new UnsupportedOperationException("no public field ‘" + name + "’ (or getter method) found in "
                            + type);
                }
            }
            return uncoerce(getter.invoke(instance));
        } catch (ReflectiveOperationException e) {
            throw new UnsupportedOperationException(e);
        }
    }

    private static Object uncoerce(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?> collection) {
            List<Object> list = new ArrayList<>();
            collection.forEach(element -> list.add(uncoerce(element)));
            return list;
        }
        if (value != null && !value.getClass().getName().startsWith("java.")) {
            throw new UnsupportedOperationException("nested describables are not modelled: " + value.getClass());
        }
        return value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object coerce(Type type, Object value) {
        Class<?> erased = erasure(type);
        if (value instanceof Number number && (erased == Double.class || erased == double.class)) {
            value = number.doubleValue(); // Groovy's CachedClass.coerceArgument
        }
        if (value instanceof List<?> list && Collection.class.isAssignableFrom(erased)) {
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            List<Object> coerced = new ArrayList<>();
            list.forEach(item -> coerced.add(coerce(element, item)));
            return coerced;
        }
        if (wrap(erased).isInstance(value) || value == null) {
            return value;
        }
        if (value instanceof String text) {
            if (erased.isEnum()) {
                return Enum.valueOf((Class<Enum>) erased, text);
            }
            if (erased == Integer.class || erased == int.class) {
                return Integer.valueOf(text);
            }
            if (erased == Double.class || erased == double.class) {
                return Double.valueOf(text);
            }
            if (erased == Boolean.class || erased == boolean.class) {
                return Boolean.valueOf(text);
            }
        }
        if (value instanceof Map) {
            throw new UnsupportedOperationException("nested describables are not modelled: " + type);
        }
        throw new ClassCastException("a parameter of type " + type + " received " + value.getClass());
    }

    static Class<?> erasure(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    static Class<?> wrap(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return type == boolean.class ? Boolean.class : type == int.class ? Integer.class
                : type == double.class ? Double.class : type == long.class ? Long.class : Object.class;
    }

    @SuppressWarnings("unchecked")
    private static <T> Constructor<T> dataBoundConstructor(Class<T> type) {
        for (Constructor<?> constructor : type.getConstructors()) {
            if (constructor.isAnnotationPresent(DataBoundConstructor.class)) {
                return (Constructor<T>) constructor;
            }
        }
        throw new IllegalArgumentException(type + " has no @DataBoundConstructor");
    }
}
