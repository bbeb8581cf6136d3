package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;
import hudson.util.Secret;

/** A credential with a password. */
public interface PasswordCredentials extends Credentials {
    /** Returns the password. */
    Secret getPassword();
}
