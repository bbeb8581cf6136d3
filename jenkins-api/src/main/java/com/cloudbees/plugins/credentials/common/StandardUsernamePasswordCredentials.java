package com.cloudbees.plugins.credentials.common;

/** The "Username with password" credential. */
public interface StandardUsernamePasswordCredentials
        extends StandardUsernameCredentials, UsernamePasswordCredentials {
}
