package io.releasecopilot.jenkins;

import io.releasecopilot.common.UsageException;
import java.util.List;
import java.util.Locale;

/**
 * Which environment-variable names (PRODUCT.md §7) a Jenkins credential fills, by service, flavor and kind.
 * Username/password: Jira Cloud e-mail + API token; Jira Data Center user + password; Bitbucket Cloud e-mail +
 * API token; Bitbucket Data Center user + password. Secret text: Jira Cloud OAuth access token (with
 * {@code jiraCloudId}); Jira Data Center personal access token; Bitbucket access token (both flavors).
 */
final class CredentialNames {

    /** The services a credential can be for. */
    enum Service { JIRA, BITBUCKET }

    private CredentialNames() {
    }

    /** Returns the names a username/password credential fills: user name first, then password. */
    static List<String> usernamePassword(Service service, String flavor) {
        boolean cloud = isCloud(service, flavor);
        if (service == Service.JIRA) {
            // Jira Data Center reads a username and password under the same names as Cloud's e-mail and token.
            return List.of("JIRA_EMAIL", "JIRA_API_TOKEN");
        }
        return cloud ? List.of("BITBUCKET_EMAIL", "BITBUCKET_API_TOKEN")
                : List.of("BITBUCKET_USERNAME", "BITBUCKET_PASSWORD");
    }

    /** Returns the name a secret-text credential fills. */
    static String secretText(Service service, String flavor) {
        if (service == Service.JIRA) {
            return isCloud(service, flavor) ? "JIRA_ACCESS_TOKEN" : "JIRA_TOKEN";
        }
        isCloud(service, flavor);
        return "BITBUCKET_ACCESS_TOKEN";
    }

    private static boolean isCloud(Service service, String flavor) {
        String value = StepOptions.clean(flavor);
        if (value == null || value.equalsIgnoreCase("cloud")) {
            return true;
        }
        if (value.equalsIgnoreCase("datacenter")) {
            return false;
        }
        throw new UsageException("%sFlavor: '%s' is neither cloud nor datacenter".formatted(
                service.name().toLowerCase(Locale.ROOT), value));
    }
}
