package io.releasecopilot.common;

import io.releasecopilot.audit.AuditRunner;

/**
 * A test fixture that breaks the package design on purpose: the bottom layer calling the top one. With
 * {@link AuditRunner}, which throws {@link UsageException}, it also closes a cycle between {@code common} and
 * {@code audit}. {@code PackageArchitectureTest} shows its rules catch both.
 */
public final class LayerBreaker {

    private LayerBreaker() {
    }

    static AuditRunner top(AuditRunner runner) {
        return runner;
    }
}
