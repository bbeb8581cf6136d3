package io.releasecopilot.report;

import java.io.IOException;

/**
 * An action on a value that may fail with an {@link IOException}, such as writing a report to a stream.
 *
 * @param <T> the type of the value
 */
@FunctionalInterface
public interface IoConsumer<T> {

    /** Performs the action. */
    void accept(T value) throws IOException;
}
