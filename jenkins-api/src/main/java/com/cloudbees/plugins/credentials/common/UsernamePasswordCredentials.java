package com.cloudbees.plugins.credentials.common;

/** A user name with a password. */
public interface UsernamePasswordCredentials extends UsernameCredentials, PasswordCredentials {
}
