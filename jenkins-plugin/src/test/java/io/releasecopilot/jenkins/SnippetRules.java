package io.releasecopilot.jenkins;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * The Snippet Generator rules a data-bound step must follow (jenkins-runtime-rules.md, "Step parameters"), checked
 * through {@link StructsModel}: a default step prints no parameter; a field left empty (bound to {@code null}, or
 * {@code false} for a check box) prints none either; and every parameter survives
 * instantiate → uninstantiate → instantiate. Each method returns the problems found, one line each.
 */
final class SnippetRules {

    private SnippetRules() {
    }

    /** A default step and a step with any one field left empty must uninstantiate to nothing. */
    static <T> List<String> defaults(Class<T> type) {
        StructsModel<T> model = StructsModel.of(type);
        List<String> problems = new ArrayList<>();
        Map<String, Object> none = model.uninstantiate(model.instantiate(Map.of()));
        if (!none.isEmpty()) {
            problems.add("a default step prints " + none);
        }
        for (Map.Entry<String, Method> parameter : model.parameters().entrySet()) {
            Class<?> kind = parameter.getValue().getParameterTypes()[0];
            Map<String, Object> empty = new TreeMap<>();
            empty.put(parameter.getKey(), kind == boolean.class ? Boolean.FALSE : null);
            Map<String, Object> printed = model.uninstantiate(model.instantiate(empty));
            if (!printed.isEmpty()) {
                problems.add(parameter.getKey() + " left empty prints " + printed);
            }
        }
        return problems;
    }

    /**
     * Every parameter alone, then all together, must come back from uninstantiate with the value given, and
     * instantiating that again must give an equal step.
     *
     * @param equal whether two steps are equal (a step has no {@code equals})
     */
    static <T> List<String> roundTrip(Class<T> type, BiPredicate<T, T> equal) {
        StructsModel<T> model = StructsModel.of(type);
        List<String> problems = new ArrayList<>();
        Map<String, Object> all = new TreeMap<>();
        for (Map.Entry<String, Method> parameter : model.parameters().entrySet()) {
            Object value = sample(parameter.getKey(), parameter.getValue().getGenericParameterTypes()[0]);
            all.put(parameter.getKey(), value);
            check(model, Map.of(parameter.getKey(), value), equal, problems);
        }
        check(model, all, equal, problems);
        return problems;
    }

    private static <T> void check(StructsModel<T> model, Map<String, Object> arguments, BiPredicate<T, T> equal,
            List<String> problems) {
        try {
            T first = model.instantiate(arguments);
            Map<String, Object> printed = model.uninstantiate(first);
            if (!printed.equals(arguments)) {
                problems.add(arguments + " prints " + printed);
            }
            T second = model.instantiate(printed);
            if (!equal.test(first, second)) {
                problems.add(arguments + " does not give an equal step again");
            }
        } catch (RuntimeException e) {
            problems.add(arguments + " fails: " + e);
        }
    }

    /** Returns a value that is not the default for a parameter of the type, as a Pipeline script passes it. */
    static Object sample(String name, Type type) {
        Class<?> erased = StructsModel.erasure(type);
        if (erased == String.class) {
            return "v-" + name;
        }
        if (erased == boolean.class || erased == Boolean.class) {
            return Boolean.TRUE;
        }
        if (erased == Integer.class || erased == int.class) {
            return 7;
        }
        if (erased == Double.class || erased == double.class) {
            return 0.5;
        }
        if (erased.isEnum()) {
            Object[] constants = erased.getEnumConstants();
            return ((Enum<?>) constants[constants.length - 1]).name();
        }
        if (erased == List.class && type instanceof ParameterizedType) {
            return List.of("a-" + name, "b-" + name);
        }
        if (erased == Map.class) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("k1", "v-" + name);
            map.put("k2", "w-" + name);
            return map;
        }
        throw new UnsupportedOperationException("no sample for " + type + " of " + name);
    }
}
