package io.releasecopilot.report.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless Chromium for all browser test classes of a test run, since starting one takes seconds: a class
 * with {@code @ExtendWith(SharedChromium.class)} gets it as the {@link Browser} parameter of its {@code @BeforeAll}
 * method, on a blank page with an empty download folder. The browser starts at first use and quits when the run
 * ends (JUnit closes the root store). Without Chromium installed the class is skipped, saying so.
 */
final class SharedChromium implements ExecutionCondition, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedChromium.class);
    private static final Dimension WINDOW = new Dimension(1440, 1000);

    /** The shared browser and the folder it downloads into. */
    record Browser(ChromeDriver driver, Path downloads) implements AutoCloseable {

        /** Leaves nothing of the previous class: blank page, console drained, default window, no downloads. */
        private Browser reset() {
            driver.get("about:blank");
            Chromium.consoleErrors(driver);
            driver.manage().window().setSize(WINDOW);
            delete(downloads, false);
            return this;
        }

        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                delete(downloads, true);
            }
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Chromium.installed() ? ConditionEvaluationResult.enabled("Chromium is installed")
                : ConditionEvaluationResult.disabled("needs " + Chromium.BINARY + " and " + Chromium.DRIVER
                        + " (apt: chromium chromium-driver)");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Browser.class, key -> start(), Browser.class)
                .reset();
    }

    private static Browser start() {
        try {
            Path downloads = Files.createTempDirectory("rc-chromium-downloads");
            return new Browser(Chromium.start(downloads), downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder, boolean itself) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (itself || !file.equals(folder)) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
