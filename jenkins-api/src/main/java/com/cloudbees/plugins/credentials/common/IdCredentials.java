package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.Credentials;

/** A credential with an id. */
public interface IdCredentials extends Credentials {
    /** Returns the id. */
    String getId();
}
