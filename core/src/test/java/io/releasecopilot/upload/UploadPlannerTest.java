package io.releasecopilot.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.UsageException;
import io.releasecopilot.config.Configuration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadPlannerTest {

    @TempDir
    Path dir;

    @Test
    void shouldLayOutReportsCacheAndLogUnderOneRun() throws IOException {
        Path json = Files.writeString(dir.resolve("audit.json"), "{}");
        Path xlsx = Files.writeString(dir.resolve("audit.xlsx"), "x");
        Path summary = Files.writeString(dir.resolve("audit-summary.json"), "{}");
        Path markdown = Files.writeString(dir.resolve("audit-summary.md"), "#");
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Files.writeString(cache.resolve("manifest.json"), "{}");
        Files.createDirectories(cache.resolve("bitbucket/portal/main"));
        Files.writeString(cache.resolve("bitbucket/portal/main/page-00001.json"), "{}");
        Files.writeString(cache.resolve(".lock"), "");
        Path log = Files.writeString(dir.resolve("rc-audit.log"), "log");
        UploadSettings settings = new UploadSettings(S3Uri.parse("s3://audits/team/rc/"), null, true);

        UploadPlan plan = AuditUploads.planner(settings, "2026.03 / hotfix", "20261124T032001Z-0a1b2c3d",
                List.of(json, xlsx, summary, markdown), cache, log).plan(Map.of());

        String run = "/2026.03___hotfix/20261124T032001Z-0a1b2c3d/";
        assertThat(plan.items()).extracting(UploadItem::key).containsExactly(
                "team/rc/artifacts/json" + run + "audit.json",
                "team/rc/artifacts/excel" + run + "audit.xlsx",
                "team/rc/artifacts/json" + run + "audit-summary.json",
                "team/rc/artifacts/markdown" + run + "audit-summary.md",
                "team/rc/temp_data" + run + "bitbucket/portal/main/page-00001.json",
                "team/rc/temp_data" + run + "manifest.json",
                "team/rc/logs" + run + "rc-audit.log");
        assertThat(plan.items()).extracting(UploadItem::contentType).startsWith("application/json",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(plan.uri(plan.items().get(0))).isEqualTo("s3://audits/team/rc/artifacts/json" + run + "audit.json");
    }

    @Test
    void shouldUploadAnHtmlReportFolderFileByFile() throws IOException {
        Path json = Files.writeString(dir.resolve("audit.json"), "{}");
        Path html = Files.createDirectories(dir.resolve("html"));
        Files.writeString(html.resolve("index.html"), "<!doctype html>");
        Files.createDirectories(html.resolve("assets"));
        Files.writeString(html.resolve("assets/report.js"), "'use strict';");

        UploadPlan plan = new UploadPlanner(S3Uri.parse("s3://audits/rc"), "1.0", "r1")
                .outputs(List.of(json, html)).plan(Map.of());

        assertThat(plan.items()).extracting(UploadItem::key).containsExactly("rc/artifacts/json/1.0/r1/audit.json",
                "rc/artifacts/html/1.0/r1/assets/report.js", "rc/artifacts/html/1.0/r1/index.html");
        assertThat(plan.items()).extracting(UploadItem::contentType).containsExactly("application/json",
                "text/javascript; charset=utf-8", "text/html; charset=utf-8");
    }

    @Test
    void shouldRefuseTwoFilesThatWouldShareAKey() throws IOException {
        Path one = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("x.json"), "{}");
        Path two = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("x.json"), "{}");

        assertThatThrownBy(() -> new UploadPlanner(S3Uri.parse("s3://audits"), "1.0", "r").outputs(List.of(one, two)))
                .isInstanceOf(UsageException.class).hasMessageContaining("same name");
    }

    @Test
    void shouldParseS3UrisAndRejectBadOnes() {
        assertThat(S3Uri.parse("s3://audits")).isEqualTo(new S3Uri("audits", ""));
        assertThat(S3Uri.parse("s3://audits/a/b/")).extracting(S3Uri::prefix).isEqualTo("a/b");
        assertThat(S3Uri.parse("s3://audits/a").key("x")).isEqualTo("a/x");
        assertThatThrownBy(() -> S3Uri.parse("https://audits/a")).isInstanceOf(UsageException.class)
                .hasMessageContaining("expected s3://bucket/prefix");
        assertThatThrownBy(() -> S3Uri.parse("s3://Audits_Bucket/a")).isInstanceOf(UsageException.class)
                .hasMessageContaining("not a valid S3 bucket name");
    }

    @Test
    void shouldMakeRunIdsThatSortByTimeAndDifferWithinASecond() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T03:20:01Z"), ZoneOffset.UTC);

        String first = RunId.next(clock);
        String second = RunId.next(clock);

        assertThat(first).matches("20261124T032001Z-[0-9a-f]{8}");
        assertThat(second).startsWith("20261124T032001Z-").isNotEqualTo(first);
    }

    @Test
    void shouldUploadOnlyWhenABucketIsConfigured() {
        assertThat(UploadSettings.from(Configuration.of(Map.of(), "test"), true)).isEmpty();
        assertThat(UploadSettings.from(Configuration.of(Map.of("S3_BUCKET", "audits", "S3_PREFIX", "rc",
                "KMS_KEY_ID", "alias/rc"), "test"), true)).get()
                .extracting(UploadSettings::target, UploadSettings::kmsKeyId)
                .containsExactly(new S3Uri("audits", "rc"), "alias/rc");
    }
}
