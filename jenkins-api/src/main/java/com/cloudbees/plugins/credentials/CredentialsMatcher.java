package com.cloudbees.plugins.credentials;

import java.io.Serializable;

/** Selects credentials. */
public interface CredentialsMatcher extends Serializable {
    /** Returns whether the credential matches. */
    boolean matches(Credentials item);
}
