package io.releasecopilot.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of {@code rc} with its exit code and what it printed. */
record RcRun(int exitCode, String out, String err) {

    static RcRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Rc.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new RcRun(code, out.toString(), err.toString());
    }

    /** Returns stderr's lines that are not log lines. */
    java.util.List<String> errorLines() {
        return err.lines().filter(line -> line.startsWith("rc ")).toList();
    }
}
