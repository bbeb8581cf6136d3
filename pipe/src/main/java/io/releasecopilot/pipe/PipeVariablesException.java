package io.releasecopilot.pipe;

import io.releasecopilot.common.UsageException;
import java.util.List;

/** The pipe's variables are wrong: one line per unknown, malformed, missing or conflicting variable. */
public final class PipeVariablesException extends UsageException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** Creates the exception; {@code problems} must not be empty. */
    public PipeVariablesException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Returns the problems, one line each, in the order found. */
    public List<String> problems() {
        return problems;
    }
}
