package com.cloudbees.plugins.credentials.common;

/** A standard credential with a user name. */
public interface StandardUsernameCredentials extends StandardCredentials, UsernameCredentials {
}
