package io.releasecopilot.config;

import java.util.Optional;

/**
 * Looks a setting up by its environment name ({@code JIRA_API_TOKEN}, {@code AWS_REGION} …). The CLI, the
 * Jenkins step, the pipe and the Lambda handler each hand the core one of these; tests pass a map.
 */
@FunctionalInterface
public interface ConfigLookup {

    /** Returns the effective value of the name, or empty when no level sets it (or sets it to nothing). */
    Optional<String> get(String name);
}
