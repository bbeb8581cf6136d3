package io.releasecopilot.pipe;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** One in-process run of the pipe entrypoint with its exit code and what it printed. */
record PipeRun(int exitCode, String out, String err) {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:00:00Z"), ZoneOffset.UTC);

    static PipeRun of(Map<String, String> env) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PipeCommand.run(env, new PrintWriter(out, true), new PrintWriter(err, true), CLOCK);
        return new PipeRun(code, out.toString(), err.toString());
    }

    /** Returns stderr's lines written by the pipe itself (not log lines). */
    List<String> pipeLines() {
        return err.lines().filter(line -> line.startsWith("rc pipe: ")).map(line -> line.substring(9)).toList();
    }

    String all() {
        return out + err;
    }
}
