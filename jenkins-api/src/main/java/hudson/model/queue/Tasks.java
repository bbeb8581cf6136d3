package hudson.model.queue;

import hudson.model.Queue;
import org.springframework.security.core.Authentication;

/** Helpers for {@link Queue.Task}. */
public class Tasks {

    private Tasks() {
    }

    /** Returns the identity the task's builds run as (as configured by Authorize Project and the like). */
    public static Authentication getAuthenticationOf2(Queue.Task t) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
