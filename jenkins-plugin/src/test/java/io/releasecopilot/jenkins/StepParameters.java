package io.releasecopilot.jenkins;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.TreeMap;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** The step's parameters as Jenkins binds them: the {@code @DataBoundConstructor}'s and the setters'. */
final class StepParameters {

    private StepParameters() {
    }

    /** Returns every parameter name with its setter ({@code null} for constructor parameters). */
    static Map<String, Method> of(Class<?> step) {
        Map<String, Method> parameters = new TreeMap<>();
        for (Constructor<?> constructor : step.getConstructors()) {
            if (constructor.isAnnotationPresent(DataBoundConstructor.class)) {
                for (Parameter parameter : constructor.getParameters()) {
                    parameters.put(parameter.getName(), null);
                }
            }
        }
        for (Method method : step.getMethods()) {
            if (method.isAnnotationPresent(DataBoundSetter.class)) {
                String name = method.getName().substring(3);
                parameters.put(Character.toLowerCase(name.charAt(0)) + name.substring(1), method);
            }
        }
        return parameters;
    }
}
