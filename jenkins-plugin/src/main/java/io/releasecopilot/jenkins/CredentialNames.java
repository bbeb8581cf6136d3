package io.releasecopilot.jenkins;

import java.util.List;

/**
 * Which environment-variable names (docs/aws.md, "Names") a Jenkins credential fills, by service, flavor ({@code null}
 * is Cloud) and kind. Username/password: Jira Cloud e-mail + API token; Jira Data Center user + password; Bitbucket
 * Cloud e-mail + API token; Bitbucket Data Center user + password. Secret text: Jira Cloud OAuth access token (with
 * {@code jiraCloudId}); Jira Data Center personal access token; Bitbucket access token (both flavors).
 */
final class CredentialNames {

    /** The services a credential can be for. */
    enum Service { JIRA, BITBUCKET }

    private CredentialNames() {
    }

    /** Returns the names a username/password credential fills: user name first, then password. */
    static List<String> usernamePassword(Service service, Flavor flavor) {
        boolean cloud = flavor != Flavor.DATACENTER;
        if (service == Service.JIRA) {
            // Jira Data Center reads a username and password under the same names as Cloud's e-mail and token.
            return List.of("JIRA_EMAIL", "JIRA_API_TOKEN");
        }
        return cloud ? List.of("BITBUCKET_EMAIL", "BITBUCKET_API_TOKEN")
                : List.of("BITBUCKET_USERNAME", "BITBUCKET_PASSWORD");
    }

    /** Returns the name a secret-text credential fills. */
    static String secretText(Service service, Flavor flavor) {
        if (service == Service.JIRA) {
            return flavor != Flavor.DATACENTER ? "JIRA_ACCESS_TOKEN" : "JIRA_TOKEN";
        }
        return "BITBUCKET_ACCESS_TOKEN";
    }
}
