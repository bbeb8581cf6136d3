package com.cloudbees.plugins.credentials.common;

/** A credential with an id and a description. */
public interface StandardCredentials extends IdCredentials {
}
