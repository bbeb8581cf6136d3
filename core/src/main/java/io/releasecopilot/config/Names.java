package io.releasecopilot.config;

import io.releasecopilot.common.Suggest;
import io.releasecopilot.common.UntrustedText;
import io.releasecopilot.common.UsageException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings Release Copilot knows, by their environment name (the table in docs/aws.md, "Names"), in display order.
 * Each name says whether its value is a credential ({@code rc config --show} prints {@code ****}) and whether a Secrets
 * Manager secret may supply it. A name missing here cannot be set in a config file, by {@code --set} or from the
 * environment; add it here first.
 */
public final class Names {

    public static final String JIRA_BASE_URL = "JIRA_BASE_URL";
    public static final String FIX_VERSION = "FIX_VERSION";
    public static final String WEBHOOK_SECRET = "WEBHOOK_SECRET";
    public static final String SECRETS_MANAGER = "SECRETS_MANAGER";
    public static final String SECRET_JIRA = "SECRET_JIRA";
    public static final String SECRET_BITBUCKET = "SECRET_BITBUCKET";
    public static final String SECRET_WEBHOOK = "SECRET_WEBHOOK";
    public static final String AWS_REGION = "AWS_REGION";
    public static final String S3_BUCKET = "S3_BUCKET";
    public static final String S3_PREFIX = "S3_PREFIX";
    public static final String KMS_KEY_ID = "KMS_KEY_ID";
    public static final String DYNAMODB_TABLE = "DYNAMODB_TABLE";
    public static final String AWS_ENDPOINT_URL = "AWS_ENDPOINT_URL";
    public static final String AWS_ENDPOINT_URL_S3 = "AWS_ENDPOINT_URL_S3";
    public static final String AWS_ENDPOINT_URL_SECRETS_MANAGER = "AWS_ENDPOINT_URL_SECRETS_MANAGER";
    public static final String AWS_ENDPOINT_URL_DYNAMODB = "AWS_ENDPOINT_URL_DYNAMODB";
    public static final String MIRROR_MAX_AGE = "MIRROR_MAX_AGE";
    public static final String MIRROR_PROJECTS = "MIRROR_PROJECTS";
    public static final String MIRROR_DLQ_URL = "MIRROR_DLQ_URL";
    public static final String AWS_ENDPOINT_URL_SQS = "AWS_ENDPOINT_URL_SQS";
    public static final String GIT_COMMIT = "GIT_COMMIT";
    public static final String BITBUCKET_COMMIT = "BITBUCKET_COMMIT";

    /** The secret-id settings, in the order their secrets are read (an earlier secret wins a shared name). */
    public static final List<String> SECRET_IDS = List.of(SECRET_JIRA, SECRET_BITBUCKET, SECRET_WEBHOOK);

    /**
     * One known setting.
     *
     * @param name        the environment name
     * @param secret      whether the value is a credential, never printed
     * @param fromSecrets whether a Secrets Manager secret may supply it
     * @param description one line for {@code rc config --show} and the docs
     */
    public record Name(String name, boolean secret, boolean fromSecrets, String description) {
    }

    private static final Map<String, Name> ALL = new LinkedHashMap<>();

    static {
        connection(JIRA_BASE_URL, "Jira site, e.g. https://acme.atlassian.net");
        plain("JIRA_FLAVOR", "cloud or datacenter");
        connection("JIRA_EMAIL", "Atlassian account e-mail for Jira Cloud API tokens");
        credential("JIRA_API_TOKEN", "Jira Cloud API token");
        credential("JIRA_TOKEN", "Jira Data Center personal access token");
        credential("JIRA_ACCESS_TOKEN", "Jira OAuth 2.0 access token");
        credential("JIRA_REFRESH_TOKEN", "Jira OAuth 2.0 refresh token");
        connection("JIRA_CLIENT_ID", "Jira OAuth 2.0 client id");
        credential("JIRA_CLIENT_SECRET", "Jira OAuth 2.0 client secret");
        connection("JIRA_CLOUD_ID", "Jira Cloud site id, for scoped tokens");
        connection("BITBUCKET_BASE_URL", "Bitbucket Data Center URL (Cloud needs none)");
        plain("BITBUCKET_FLAVOR", "cloud or datacenter");
        connection("BITBUCKET_WORKSPACE", "Bitbucket Cloud workspace");
        connection("BITBUCKET_EMAIL", "Atlassian account e-mail for Bitbucket API tokens");
        credential("BITBUCKET_API_TOKEN", "Bitbucket Cloud API token");
        credential("BITBUCKET_ACCESS_TOKEN", "Bitbucket access token (Bearer)");
        connection("BITBUCKET_USERNAME", "Bitbucket Data Center user");
        credential("BITBUCKET_PASSWORD", "Bitbucket Data Center password");
        credential("BITBUCKET_APP_PASSWORD", "Bitbucket app password: removed by Atlassian, rejected");
        plain(FIX_VERSION, "the Jira fix version to audit");
        credential(WEBHOOK_SECRET, "shared secret of the Jira webhook");
        plain(SECRETS_MANAGER, "true: read the canonical secret ids from Secrets Manager");
        plain(SECRET_JIRA, "Secrets Manager id of the Jira secret");
        plain(SECRET_BITBUCKET, "Secrets Manager id of the Bitbucket secret");
        plain(SECRET_WEBHOOK, "Secrets Manager id of the webhook secret");
        plain(AWS_REGION, "AWS region of S3, Secrets Manager and DynamoDB");
        plain(S3_BUCKET, "bucket that receives the audit's files");
        plain(S3_PREFIX, "key prefix inside the bucket");
        plain(KMS_KEY_ID, "KMS key for SSE-KMS; without it uploads use SSE-S3 (AES256)");
        plain(DYNAMODB_TABLE, "the Jira issue mirror table (webhook, reconciliation, --jira-source mirror, readiness)");
        plain(AWS_ENDPOINT_URL, "endpoint for every AWS service (testing, VPC endpoints)");
        plain(AWS_ENDPOINT_URL_S3, "S3 endpoint; path-style addressing is used with it");
        plain(AWS_ENDPOINT_URL_SECRETS_MANAGER, "Secrets Manager endpoint");
        plain(AWS_ENDPOINT_URL_DYNAMODB, "DynamoDB endpoint");
        plain(MIRROR_MAX_AGE, "age after which the Jira mirror counts as stale, e.g. 24h, 90m, PT6H");
        plain(MIRROR_PROJECTS, "project keys the mirror's reconciliation searches, comma-separated");
        plain(MIRROR_DLQ_URL, "SQS queue URL that receives the issues reconciliation cannot write");
        plain(AWS_ENDPOINT_URL_SQS, "SQS endpoint");
        plain(GIT_COMMIT, "commit being released (Jenkins sets it)");
        plain(BITBUCKET_COMMIT, "commit being released (Bitbucket Pipelines sets it)");
    }

    private Names() {
    }

    private static void plain(String name, String description) {
        ALL.put(name, new Name(name, false, false, description));
    }

    private static void connection(String name, String description) {
        ALL.put(name, new Name(name, false, true, description));
    }

    private static void credential(String name, String description) {
        ALL.put(name, new Name(name, true, true, description));
    }

    /** Returns every known name, in display order. */
    public static List<Name> all() {
        return List.copyOf(ALL.values());
    }

    /** Returns the known name, or empty. */
    public static Optional<Name> find(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    /** Returns whether the name is known. */
    public static boolean isKnown(String name) {
        return ALL.containsKey(name);
    }

    /**
     * Throws a {@link UsageException} naming {@code where} (a file, {@code --set} or the environment) when
     * {@code name} is not a known setting.
     */
    static void requireKnown(String name, String where) {
        if (!isKnown(name)) {
            throw new UsageException(where + ": unknown setting '" + UntrustedText.echo(name, 60) + "'"
                    + suggestion(name)
                    + " (see 'rc config --show' and docs/aws.md for the known names)");
        }
    }

    /** Returns whether a value of this name is a credential; unknown names count as credentials. */
    public static boolean isSecret(String name) {
        Name known = ALL.get(name);
        return known == null || known.secret();
    }

    /** Returns whether a Secrets Manager secret may supply this name; unknown names may come only from there. */
    public static boolean fromSecrets(String name) {
        Name known = ALL.get(name);
        return known == null || known.fromSecrets();
    }

    /** Returns the position of a name in display order; unknown names sort last. */
    static int order(String name) {
        int index = 0;
        for (String known : ALL.keySet()) {
            if (known.equals(name)) {
                return index;
            }
            index++;
        }
        return Integer.MAX_VALUE;
    }

    /** Returns {@code " (did you mean 'X'?)"} for a likely typo of a known name, else an empty string. */
    static String suggestion(String name) {
        return Suggest.closest(name, List.copyOf(ALL.keySet()))
                .map(known -> " (did you mean '" + known + "'?)")
                .orElse("");
    }
}
