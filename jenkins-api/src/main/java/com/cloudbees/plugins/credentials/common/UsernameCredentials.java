package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;

/** A credential with a user name. */
public interface UsernameCredentials extends Credentials {
    /** Returns the user name. */
    String getUsername();
}
