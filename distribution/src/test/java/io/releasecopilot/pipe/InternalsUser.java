package io.releasecopilot.pipe;

import io.releasecopilot.http.ResilientHttpGet;

/**
 * What {@code FrontEndArchitectureTest} must refuse: a front end (here posing as the pipe) that makes its own
 * HTTP calls with the core's client instead of going through the core API.
 */
public final class InternalsUser {

    private InternalsUser() {
    }

    static Class<?> client(ResilientHttpGet get) {
        return get.getClass();
    }
}
