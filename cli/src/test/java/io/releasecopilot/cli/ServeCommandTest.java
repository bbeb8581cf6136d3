package io.releasecopilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rc serve} as a user starts it: defaults, printed address, errors. */
class ServeCommandTest {

    private static final Pattern URL = Pattern.compile("at (http://\\S+/) \\(Ctrl-C to stop\\)");

    @TempDir
    Path dir;

    @Test
    void shouldListenOnLoopbackAndPrintTheFreePortItGot() throws Exception {
        Files.createDirectories(dir.resolve("reports"));
        StringWriter out = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serve = new Thread(() -> exit.set(Rc.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "serve", "--reports", dir.resolve("reports").toString(), "--port", "0")));
        serve.start();
        try {
            String url = awaitUrl(out);

            assertThat(url).startsWith("http://127.0.0.1:").doesNotEndWith(":0/").doesNotEndWith(":8080/");
            assertThat(out.toString()).startsWith("Serving 0 runs from " + dir.resolve("reports").toAbsolutePath());
            assertThat(ServedReports.get(url).body()).contains("No release-audit/v1 report JSON files were found");
        } finally {
            serve.interrupt();
            serve.join(Duration.ofSeconds(10).toMillis());
        }
        assertThat(exit.get()).isZero();
    }

    @Test
    void shouldPrintAUsableUrlOnTheWildcardAddressAndCountUnreadableFiles() throws Exception {
        Files.createDirectories(dir.resolve("reports"));
        Files.writeString(dir.resolve("reports/audit.json"), "");
        StringWriter out = new StringWriter();
        Thread serve = new Thread(() -> Rc.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "serve", "--reports", dir.resolve("reports").toString(), "--port", "0", "--bind", "0.0.0.0"));
        serve.start();
        try {
            String url = awaitUrl(out);

            assertThat(url).doesNotContain("0.0.0.0").doesNotEndWith(":0/");
            assertThat(ServedReports.get(url).statusCode()).isEqualTo(200);
            assertThat(out.toString()).contains("1 file is not a readable report; the list marks it.");
        } finally {
            serve.interrupt();
            serve.join(Duration.ofSeconds(10).toMillis());
        }
    }

    @Test
    void shouldRefuseAMissingFolderAndABadPort() {
        RcRun missing = RcRun.of("serve", "--reports", dir.resolve("nope").toString());
        RcRun port = RcRun.of("serve", "--reports", dir.toString(), "--port", "70000");
        RcRun noReports = RcRun.of("serve");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.errorLines()).containsExactly("rc serve: error: " + dir.resolve("nope") + ": no such folder");
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.err()).contains("--port must be 0 to 65535: 70000");
        assertThat(noReports.exitCode()).isEqualTo(2);
        assertThat(noReports.err()).contains("--reports");
    }

    private static String awaitUrl(StringWriter out) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Matcher matcher = URL.matcher(out.toString());
            if (matcher.find()) {
                return matcher.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("rc serve printed no address: " + out);
    }
}
