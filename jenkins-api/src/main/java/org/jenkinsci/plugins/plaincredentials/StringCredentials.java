package org.jenkinsci.plugins.plaincredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.util.Secret;

/** The "Secret text" credential. */
public interface StringCredentials extends StandardCredentials {
    /** Returns the secret. */
    Secret getSecret();
}
