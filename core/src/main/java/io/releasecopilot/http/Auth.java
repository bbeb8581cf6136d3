package io.releasecopilot.http;

import io.releasecopilot.common.SecretValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How requests to one API authenticate. Each kind knows the {@code Authorization} header it sends and the
 * names of the settings that hold its credential, which error messages name (never the values).
 */
public sealed interface Auth permits Auth.None, Auth.Basic, Auth.Bearer, OAuth2 {

    /**
     * The settings a user should check when the credential is rejected, e.g.
     * {@code "JIRA_EMAIL and JIRA_API_TOKEN (API tokens expire after at most one year)"}.
     */
    String credentialNames();

    /** The {@code Authorization} header value to send now, if any. */
    Optional<String> header();

    /** Every secret string this credential may send, so that messages and logs can be scrubbed of them. */
    List<String> secretValues();

    /** No credential: anonymous access. */
    record None() implements Auth {

        @Override
        public String credentialNames() {
            return "the credentials (none were given)";
        }

        @Override
        public Optional<String> header() {
            return Optional.empty();
        }

        @Override
        public List<String> secretValues() {
            return List.of();
        }
    }

    /**
     * HTTP Basic: {@code Authorization: Basic base64(user:password)}. Atlassian Cloud API tokens go here
     * with the account's email as the user; Data Center accepts a username and password.
     *
     * @param user            the email or username; not secret, may appear in messages
     * @param password        the API token or password
     * @param credentialNames what to check when it is rejected
     */
    record Basic(String user, SecretValue password, String credentialNames) implements Auth {

        public Basic {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(credentialNames, "credentialNames");
        }

        @Override
        public Optional<String> header() {
            return Optional.of("Basic " + encoded());
        }

        @Override
        public List<String> secretValues() {
            return List.of(password.reveal(), encoded());
        }

        private String encoded() {
            String pair = user + ":" + password.reveal();
            return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * A bearer token: {@code Authorization: Bearer <token>}. Bitbucket Cloud access tokens, Bitbucket Data
     * Center HTTP access tokens and Jira Data Center personal access tokens.
     *
     * @param token           the token
     * @param credentialNames what to check when it is rejected
     */
    record Bearer(SecretValue token, String credentialNames) implements Auth {

        public Bearer {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(credentialNames, "credentialNames");
        }

        @Override
        public Optional<String> header() {
            return Optional.of("Bearer " + token.reveal());
        }

        @Override
        public List<String> secretValues() {
            return List.of(token.reveal());
        }
    }
}
