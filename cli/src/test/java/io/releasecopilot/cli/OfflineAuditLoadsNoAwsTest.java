package io.releasecopilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An offline audit that uses no AWS feature pays no AWS start-up: it runs {@code rc} in a fresh class loader
 * over the test class path and records every class the run asks that loader for.
 */
class OfflineAuditLoadsNoAwsTest {

    private static final Path SAMPLE = Path.of("..", "samples", "cache").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void shouldLoadNoAwsClassOnAnOfflineAudit() throws Exception {
        Set<String> loaded = run("audit", "--offline", "--cache-dir", SAMPLE.toString(),
                "--json", dir.resolve("audit.json").toString(), "--xlsx", dir.resolve("audit.xlsx").toString(),
                "--summary", dir.resolve("audit-summary.json").toString(), "--quiet");

        assertThat(loaded).as("the run went through the configuration and the audit")
                .contains("io.releasecopilot.config.Configuration", "io.releasecopilot.audit.AuditRunner",
                        "io.releasecopilot.cli.AwsOptions");
        assertThat(loaded).filteredOn(name -> name.startsWith("software.amazon.")
                || name.startsWith("io.releasecopilot.aws.") || name.equals("io.releasecopilot.cli.S3Upload")).isEmpty();
        assertThat(dir.resolve("audit.json")).isNotEmptyFile();
    }

    @Test
    void shouldSeeAwsClassesWhenTheAuditUploads() throws Exception {
        Set<String> loaded = run("audit", "--offline", "--cache-dir", SAMPLE.toString(), "--no-xlsx",
                "--json", dir.resolve("audit.json").toString(),
                "--summary", dir.resolve("audit-summary.json").toString(),
                "--upload", "s3://audits/rc", "--dry-run");

        assertThat(loaded).as("the recording sees classes of the upload path, so the test above is meaningful")
                .contains("io.releasecopilot.upload.UploadPlanner", "io.releasecopilot.cli.UploadPrinter");
    }

    private static Set<String> run(String... args) throws Exception {
        try (RecordingLoader loader = new RecordingLoader(classPath())) {
            Class<?> rc = Class.forName("io.releasecopilot.cli.Rc", true, loader);
            Method execute = rc.getMethod("execute", PrintWriter.class, PrintWriter.class, String[].class);
            StringWriter err = new StringWriter();
            Object code = execute.invoke(null, new PrintWriter(new StringWriter()), new PrintWriter(err), args);
            assertThat(code).as(err.toString()).isEqualTo(0);
            return loader.requested;
        }
    }

    private static URL[] classPath() throws MalformedURLException {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }

    /** Loads the application afresh, below the platform loader, and records every name it is asked for. */
    private static final class RecordingLoader extends URLClassLoader {
        final Set<String> requested = ConcurrentHashMap.newKeySet();

        RecordingLoader(URL[] urls) {
            super("recording", urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            requested.add(name);
            return super.loadClass(name, resolve);
        }
    }
}
