package com.cloudbees.plugins.credentials.common;

/** A drop-down list of standard credentials. */
public class StandardListBoxModel
        extends AbstractIdCredentialsListBoxModel<StandardListBoxModel, StandardCredentials> {

    /** Creates an empty list. */
    public StandardListBoxModel() {
    }

    @Override
    protected String describe(StandardCredentials c) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
