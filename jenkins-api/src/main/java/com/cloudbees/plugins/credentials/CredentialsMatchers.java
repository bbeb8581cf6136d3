package com.cloudbees.plugins.credentials;

/** Common matchers. */
public class CredentialsMatchers {

    private CredentialsMatchers() {
    }

    /** Matches credentials of the class. */
    @SuppressWarnings("rawtypes")
    public static CredentialsMatcher instanceOf(Class clazz) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Matches the credentials with the id. */
    public static CredentialsMatcher withId(String id) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Matches credentials that all of the matchers match. */
    public static CredentialsMatcher allOf(CredentialsMatcher... matchers) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Matches credentials that any of the matchers matches. */
    public static CredentialsMatcher anyOf(CredentialsMatcher... matchers) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
