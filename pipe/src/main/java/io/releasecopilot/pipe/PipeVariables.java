package io.releasecopilot.pipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the pipe's variables, and the check that flags names which look like pipe variables but are
 * not: only names with a prefix the pipe owns ({@code JIRA_}, {@code MAX_}, {@code REPOS_}, ...) and a few
 * retired or easily confused names are looked at, never the rest of the environment.
 */
final class PipeVariables {

    static final String FIX_VERSION = "FIX_VERSION";
    static final String JIRA_BASE_URL = "JIRA_BASE_URL";
    static final String JIRA_FLAVOR = "JIRA_FLAVOR";
    static final String JIRA_EMAIL = "JIRA_EMAIL";
    static final String JIRA_API_TOKEN = "JIRA_API_TOKEN";
    static final String JIRA_TOKEN = "JIRA_TOKEN";
    static final String JIRA_CLOUD_ID = "JIRA_CLOUD_ID";
    static final String JIRA_SOURCE = "JIRA_SOURCE";
    static final String MIRROR_TABLE = "MIRROR_TABLE";
    static final String MIRROR_MAX_AGE = "MIRROR_MAX_AGE";
    static final String ACCEPT_STALE_MIRROR = "ACCEPT_STALE_MIRROR";
    static final String BITBUCKET_BASE_URL = "BITBUCKET_BASE_URL";
    static final String BITBUCKET_EMAIL = "BITBUCKET_EMAIL";
    static final String BITBUCKET_API_TOKEN = "BITBUCKET_API_TOKEN";
    static final String BITBUCKET_ACCESS_TOKEN = "BITBUCKET_ACCESS_TOKEN";
    static final String REPOS = "REPOS";
    static final String REPOS_COUNT = "REPOS_COUNT";
    static final String BRANCH = "BRANCH";
    static final String SINCE_REF = "SINCE_REF";
    static final String POLICY_FILE = "POLICY_FILE";
    static final String MAX_STORIES_WITHOUT_COMMITS = "MAX_STORIES_WITHOUT_COMMITS";
    static final String MAX_ORPHAN_COMMITS = "MAX_ORPHAN_COMMITS";
    static final String MAX_OUT_OF_SCOPE_COMMITS = "MAX_OUT_OF_SCOPE_COMMITS";
    static final String MIN_COVERAGE = "MIN_COVERAGE";
    static final String S3_UPLOAD = "S3_UPLOAD";
    static final String DEBUG = "DEBUG";
    static final String ALLOW_INCOMPLETE = "ALLOW_INCOMPLETE";
    static final String RC_CACHE_DIR = "RC_CACHE_DIR";
    static final String RC_PIPELINES_PROXY = "RC_PIPELINES_PROXY";

    /** Variables that Bitbucket Pipelines sets for every pipe; read, never declared in {@code pipe.yml}. */
    static final String WORKSPACE = "BITBUCKET_WORKSPACE";
    static final String REPO_SLUG = "BITBUCKET_REPO_SLUG";
    static final String COMMIT = "BITBUCKET_COMMIT";
    static final String BUILD_NUMBER = "BITBUCKET_BUILD_NUMBER";
    static final String CLONE_DIR = "BITBUCKET_CLONE_DIR";
    static final String CURRENT_BRANCH = "BITBUCKET_BRANCH";
    static final String TAG = "BITBUCKET_TAG";
    static final String DEPLOYMENT_ENVIRONMENT = "BITBUCKET_DEPLOYMENT_ENVIRONMENT";
    static final String CI = "CI";

    /** The variables a user sets in the step's {@code variables:}; {@code REPOS} stands for the list. */
    static final Set<String> USER = Set.of(FIX_VERSION, JIRA_BASE_URL, JIRA_FLAVOR, JIRA_EMAIL, JIRA_API_TOKEN,
            JIRA_TOKEN, JIRA_CLOUD_ID, BITBUCKET_BASE_URL, BITBUCKET_EMAIL, BITBUCKET_API_TOKEN,
            BITBUCKET_ACCESS_TOKEN, REPOS, BRANCH, SINCE_REF, POLICY_FILE, MAX_STORIES_WITHOUT_COMMITS,
            MAX_ORPHAN_COMMITS, MAX_OUT_OF_SCOPE_COMMITS, MIN_COVERAGE, S3_UPLOAD, DEBUG, RC_CACHE_DIR,
            RC_PIPELINES_PROXY, ALLOW_INCOMPLETE, JIRA_SOURCE, MIRROR_TABLE, MIRROR_MAX_AGE, ACCEPT_STALE_MIRROR);

    /** Variables whose values are credentials: never printed. */
    static final Set<String> SECURE = Set.of(JIRA_API_TOKEN, JIRA_TOKEN, BITBUCKET_API_TOKEN,
            BITBUCKET_ACCESS_TOKEN);

    private static final List<String> OWNED_PREFIXES = List.of("JIRA_", "FIX_", "REPOS_", "SINCE_", "POLICY_",
            "MAX_", "MIN_", "WARN_", "S3_", "RC_");

    private static final Map<String, String> EXPLAINED = Map.ofEntries(
            Map.entry("BITBUCKET_APP_PASSWORD", "Bitbucket Cloud app passwords were removed on 2026-07-28:"
                    + " set BITBUCKET_EMAIL + BITBUCKET_API_TOKEN (an API token with scopes) or BITBUCKET_ACCESS_TOKEN"),
            Map.entry("BITBUCKET_USERNAME", "not used by the pipe: Bitbucket API tokens authenticate with the"
                    + " Atlassian account e-mail in BITBUCKET_EMAIL"),
            Map.entry("BITBUCKET_PASSWORD", "not used by the pipe: set BITBUCKET_EMAIL + BITBUCKET_API_TOKEN"
                    + " or BITBUCKET_ACCESS_TOKEN"),
            Map.entry("JIRA_ACCESS_TOKEN", oauth()),
            Map.entry("JIRA_REFRESH_TOKEN", oauth()),
            Map.entry("JIRA_CLIENT_ID", oauth()),
            Map.entry("JIRA_CLIENT_SECRET", oauth()),
            Map.entry("WARN_STORIES_WITHOUT_COMMITS", warnLevels()),
            Map.entry("WARN_ORPHAN_COMMITS", warnLevels()),
            Map.entry("WARN_OUT_OF_SCOPE_COMMITS", warnLevels()),
            Map.entry("WARN_COVERAGE", warnLevels()));

    private static final Map<String, String> CONFUSABLE = Map.of(
            "REPO", REPOS, "REPOSITORY", REPOS, "REPOSITORIES", REPOS, "BRANCHES", BRANCH, "POLICY", POLICY_FILE,
            "BITBUCKET_TOKEN", BITBUCKET_ACCESS_TOKEN, "FIXVERSION", FIX_VERSION);

    private static final Pattern REPOS_ITEM = Pattern.compile("REPOS_(\\d+)");

    private PipeVariables() {
    }

    /**
     * Returns one line per variable that looks like a pipe variable but is not one, sorted by name. Only the
     * name is shown, never the value. {@code REPOS_<n>} items are checked by the list reader, not here.
     */
    static List<String> unknown(Map<String, String> env) {
        List<String> lines = new ArrayList<>();
        for (String name : new TreeSet<>(env.keySet())) {
            if (USER.contains(name) || name.equals(REPOS_COUNT) || REPOS_ITEM.matcher(name).matches()) {
                continue;
            }
            if (EXPLAINED.containsKey(name)) {
                lines.add(name + ": " + EXPLAINED.get(name));
            } else if (CONFUSABLE.containsKey(name)) {
                lines.add(name + ": unknown variable (did you mean " + CONFUSABLE.get(name) + "?)");
            } else if (owned(name)) {
                lines.add(name + ": unknown variable" + hint(name));
            }
        }
        return lines;
    }

    /** Returns the index of a {@code REPOS_<n>} name, or -1. */
    static int reposIndex(String name) {
        Matcher matcher = REPOS_ITEM.matcher(name);
        if (!matcher.matches() || matcher.group(1).length() > 6) {
            return -1;
        }
        return Integer.parseInt(matcher.group(1));
    }

    private static boolean owned(String name) {
        for (String prefix : OWNED_PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String hint(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : USER) {
            int distance = distance(name, known);
            if (distance < bestDistance) {
                best = known;
                bestDistance = distance;
            }
        }
        if (bestDistance <= 3) {
            return " (did you mean " + best + "?)";
        }
        if (name.startsWith("MAX_") || name.startsWith("MIN_")) {
            return " (the pipe takes " + MAX_STORIES_WITHOUT_COMMITS + ", " + MAX_ORPHAN_COMMITS + ", "
                    + MAX_OUT_OF_SCOPE_COMMITS + " and " + MIN_COVERAGE + "; put other limits in " + POLICY_FILE + ")";
        }
        return "";
    }

    /** Levenshtein distance, case-insensitive. */
    static int distance(String a, String b) {
        String x = a.toUpperCase(Locale.ROOT);
        String y = b.toUpperCase(Locale.ROOT);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }

    private static String oauth() {
        return "OAuth is not supported by the pipe (a rotated refresh token could not be stored):"
                + " set JIRA_EMAIL + JIRA_API_TOKEN (Cloud) or JIRA_TOKEN (Data Center)";
    }

    private static String warnLevels() {
        return "WARN levels are not pipe variables: put them in " + POLICY_FILE;
    }
}
