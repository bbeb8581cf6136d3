package io.releasecopilot.report.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser tests do on a report page: switch tabs, set filters, read counts, export CSV. */
final class ReportPage {

    private final ChromeDriver driver;
    private final Path downloads;

    ReportPage(ChromeDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
    }

    ChromeDriver driver() {
        return driver;
    }

    void tab(String id) {
        driver.findElement(By.id("rc-tab-" + id)).click();
    }

    /** Returns the number of rows a table holds after filtering (all pages). */
    int count(String table) {
        return Integer.parseInt(countElement(table).getDomAttribute("data-filtered"));
    }

    String countText(String table) {
        return countElement(table).getText();
    }

    /** Waits (up to 5 s, for the debounced search) until a table holds {@code expected} rows; returns the count. */
    int awaitCount(String table, int expected) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> count(table) == expected);
        } catch (org.openqa.selenium.TimeoutException e) {
            // the caller's assertion reports the actual count
        }
        return count(table);
    }

    void select(String id, String visibleText) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
    }

    /** Sets a date input (yyyy-MM-dd) the way a user's pick would: value, then a change event. */
    void date(String id, String value) {
        driver.executeScript("const input = document.getElementById(arguments[0]); input.value = arguments[1];"
                + " input.dispatchEvent(new Event('change', {bubbles: true}));", id, value);
    }

    void search(String text) {
        WebElement input = driver.findElement(By.id("rc-f-text"));
        input.clear();
        input.sendKeys(text);
    }

    void reset() {
        driver.findElement(By.cssSelector(".rc-filters button[type=reset]")).click();
    }

    /** Returns the cells' texts of the rows on the table's current page (detail rows excluded). */
    @SuppressWarnings("unchecked")
    List<List<String>> rows(String table) {
        return (List<List<String>>) driver.executeScript("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(tr => Array.from(tr.children).map(td => td.innerText.trim()));",
                "#table-" + table + " > .rc-table-wrap > table > tbody > tr:not(.rc-detail):not(.rc-empty)");
    }

    /** Clicks the table's Export CSV button and returns the downloaded file's text. */
    String exportCsv(String table, String fileName) {
        Path file = downloads.resolve(fileName);
        try {
            Files.deleteIfExists(file);
            driver.findElement(By.cssSelector("#table-" + table + " .rc-table-tools button")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Files.isRegularFile(file)
                    && !Files.exists(downloads.resolve(fileName + ".crdownload")));
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WebElement countElement(String table) {
        return driver.findElement(By.cssSelector("[data-count-for='table-" + table + "']"));
    }

    /** Parses CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
