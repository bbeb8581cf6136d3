package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The trend chart script in headless Chromium, on a page shaped like the trend page's and the job page's box
 * (head with {@code data-rooturl}, the plugin's static files under {@code /static/<hash>/plugin/...}), every answer
 * under the Content-Security-Policy that Jenkins 2.539+ enforces, fed by {@link TrendJson}. Skipped without
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}.
 */
class TrendChartBrowserITest {

    private static final String JENKINS_CSP = "default-src 'self'; script-src 'report-sample' 'self'; style-src"
            + " 'report-sample' 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none';"
            + " frame-ancestors 'self'";
    private static final Path WEBAPP = Path.of("src", "main", "webapp");
    private static final String STATIC = "/static/0a1b2c3d/plugin/release-copilot/";
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head data-rooturl="/jenkins" data-resurl="/jenkins/static/0a1b2c3d">
            <title>Release audit trend</title><link rel="icon" href="data:,">
            <link rel="stylesheet" type="text/css" href="/jenkins%1$scss/release-audit.css">
            <script type="text/javascript" src="/jenkins%1$sjs/release-audit-trend.js"></script>
            </head><body>
            <div id="full" class="rca-trend" data-url="/jenkins/job/app/releaseAuditTrend/data">
              <p class="rca-note">The chart needs JavaScript.</p></div>
            <div id="small" class="rca-trend rca-trend-small" data-url="/jenkins/job/app/releaseAuditTrend/data"></div>
            <div id="empty" class="rca-trend" data-url="/jenkins/job/new/releaseAuditTrend/data"></div>
            <div id="gone" class="rca-trend" data-url="/jenkins/job/gone/releaseAuditTrend/data"></div>
            </body></html>
            """.formatted(STATIC);

    private static HttpServer host;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium"))
                && Files.isExecutable(Path.of("/usr/bin/chromedriver")), "needs /usr/bin/chromium and /usr/bin/chromedriver (apt: chromium chromium-driver)");
        host = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        host.createContext("/", TrendChartBrowserITest::answer);
        host.start();
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder").setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=1200,900", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (host != null) {
            host.stop(0);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = null;
        String type = "text/html";
        if (path.equals("/jenkins/job/app/releaseAuditTrend/")) {
            body = PAGE.getBytes(StandardCharsets.UTF_8);
        } else if (path.equals("/jenkins/job/app/releaseAuditTrend/data")) {
            body = TrendJson.write(TrendFixtures.newestFirst());
            type = "application/json";
        } else if (path.equals("/jenkins/job/new/releaseAuditTrend/data")) {
            body = TrendJson.write(List.of());
            type = "application/json";
        } else if (path.startsWith("/jenkins" + STATIC) && !path.contains("..")) {
            Path file = WEBAPP.resolve(path.substring(("/jenkins" + STATIC).length()));
            body = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            type = path.endsWith(".js") ? "text/javascript" : "text/css";
        }
        exchange.getResponseHeaders().set("Content-Security-Policy", JENKINS_CSP);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
        if (body != null) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Test
    void shouldDrawCoverageAndGapsWithAPointPerBuildLinkedToItsAudit() throws IOException {
        driver.get("http://127.0.0.1:" + host.getAddress().getPort() + "/jenkins/job/app/releaseAuditTrend/");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("gone")).getText()
                .contains("cannot be loaded") && !d.findElements(By.cssSelector("#small svg")).isEmpty());

        WebElement full = driver.findElement(By.id("full"));
        List<WebElement> points = full.findElements(By.cssSelector("svg a > circle"));
        assertThat(points).extracting(point -> point.getDomAttribute("class")).containsExactly(
                "rca-point rca-point-pass", "rca-point rca-point-warn", "rca-point rca-point-fail",
                "rca-point rca-point-warn", "rca-point rca-point-pass");
        assertThat(full.findElements(By.cssSelector("svg a"))).extracting(link -> link.getDomAttribute("href"))
                .as("each point opens its own call's page").containsExactly("/jenkins/job/app/1/releaseAudit-v1/",
                        "/jenkins/job/app/2/releaseAudit-v2/", "/jenkins/job/app/3/releaseAudit-v3/",
                        "/jenkins/job/app/4/releaseAudit-v4/", "/jenkins/job/app/5/releaseAudit-v5/");
        assertThat(full.findElements(By.cssSelector("svg path.rca-line"))).hasSize(4);
        assertThat(full.findElements(By.cssSelector(".rca-legend li"))).hasSize(4);
        assertThat(full.findElements(By.cssSelector("circle title")).get(2).getAttribute("textContent"))
                .contains(TrendFixtures.HOSTILE).contains("gate FAIL").contains("coverage 77.0 %")
                .contains("7 stories without commits");

        assertThat(driver.findElements(By.tagName("img"))).as("the hostile fix version stays text").isEmpty();
        assertThat(dialogOpen()).isFalse();
        assertThat(driver.findElement(By.id("empty")).getText()).isEqualTo("No build of this job has an audit yet.");
        assertThat(driver.findElement(By.id("gone")).getText()).isEqualTo("The trend cannot be loaded: HTTP 404");
        assertThat(consoleErrors()).as("only the missing job's 404").singleElement().asString().contains("404");
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "release-audit-trend.png"),
                driver.getScreenshotAs(OutputType.BYTES));
    }

    private static boolean dialogOpen() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    private static List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .toList();
    }
}
