package com.cloudbees.plugins.credentials.domains;

import java.util.List;

/** Builds domain requirements from a URI. */
public class URIRequirementBuilder {

    private URIRequirementBuilder() {
    }

    /** Starts from the URI ({@code null} gives no requirement). */
    public static URIRequirementBuilder fromUri(String uri) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Returns the requirements. */
    public List<DomainRequirement> build() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
