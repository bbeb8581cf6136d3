package io.releasecopilot.jenkins;

import io.releasecopilot.common.UsageException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the CLI flags that the core names in its usage errors ({@code --repo is required with --workspace})
 * into the step's parameters ({@code repos}, {@code workspace}), so a Pipeline author reads the names they wrote.
 * Flags without a step parameter ({@code --concurrency}) stay as they are.
 */
final class ParameterNames {

    private static final Pattern FLAG = Pattern.compile("(?<![\\w-])--([a-z][a-z0-9]*(?:-[a-z0-9]+)*)");
    private static final Map<String, String> RENAMED = Map.of("project", "projects", "repo", "repos",
            "branch", "branches", "policy", "policyFile", "overrides", "overridesFile", "exempt", "exemptions",
            "ignore-issue-type", "ignoreIssueTypes", "offline", "offline: true");

    private ParameterNames() {
    }

    /** Returns the message with every flag that has a step parameter replaced by the parameter's name. */
    static String translate(String message) {
        if (message == null) {
            return null;
        }
        Matcher flags = FLAG.matcher(message);
        StringBuilder out = new StringBuilder();
        while (flags.find()) {
            String parameter = parameter(flags.group(1));
            flags.appendReplacement(out, Matcher.quoteReplacement(parameter == null ? flags.group() : parameter));
        }
        flags.appendTail(out);
        return out.toString();
    }

    /** Returns the step parameter of a flag (without its dashes), or {@code null} when the step has none. */
    static String parameter(String flag) {
        String renamed = RENAMED.get(flag);
        if (renamed != null) {
            return renamed;
        }
        StringBuilder camel = new StringBuilder();
        for (String part : flag.split("-")) {
            camel.append(camel.isEmpty() ? part : part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1));
        }
        String name = camel.toString();
        return isParameter(name) ? name : null;
    }

    /** Whether the step has the parameter: a field of {@link StepOptions} or a gate limit. */
    private static boolean isParameter(String name) {
        try {
            Field field = StepOptions.class.getDeclaredField(name);
            return !Modifier.isStatic(field.getModifiers()) && !name.equals("limits");
        } catch (NoSuchFieldException e) {
            try {
                GateLimitParameter.metric(name);
                return true;
            } catch (UsageException notALimit) {
                return false;
            }
        }
    }
}
