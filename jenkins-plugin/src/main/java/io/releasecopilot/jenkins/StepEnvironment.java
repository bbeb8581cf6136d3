package io.releasecopilot.jenkins;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The build's environment as the step's context gives it ({@code EnvVars}: the node's variables overridden by the
 * Pipeline's {@code environment {}}, {@code withEnv}, {@code withCredentials} and {@code withAWS}), and whether the
 * workspace is on an agent. It travels to the agent with the audit; the step never reads the JVM's own
 * environment, which on an agent is the agent process's and on the built-in node the controller's.
 */
final class StepEnvironment implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TreeMap<String, String> variables;
    private final boolean agent;

    private StepEnvironment(Map<String, String> variables, boolean agent) {
        this.variables = new TreeMap<>(variables);
        this.agent = agent;
    }

    /**
     * Describes the environment.
     *
     * @param agent whether the workspace is on an agent; on the built-in node the controller's own AWS identity
     *              is never used
     */
    static StepEnvironment of(Map<String, String> variables, boolean agent) {
        return new StepEnvironment(variables, agent);
    }

    /** Returns the variables by name. */
    Map<String, String> variables() {
        return Collections.unmodifiableMap(variables);
    }

    /** Returns whether the workspace is on an agent rather than on the built-in node. */
    boolean onAgent() {
        return agent;
    }
}
