package io.releasecopilot.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.upload.S3Uri;
import io.releasecopilot.upload.UploadItem;
import io.releasecopilot.upload.UploadPlan;
import io.releasecopilot.upload.UploadRequest;
import io.releasecopilot.upload.UploadResult;
import io.releasecopilot.upload.UploadSettings;
import io.releasecopilot.upload.UploadStage;
import io.releasecopilot.upload.Uploader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload is the last stage of a run: after every output is written, never when nothing was written. */
class AuditRunnerUploadTest {

    private static final Path SAMPLE = Path.of("..", "samples", "cache").toAbsolutePath().normalize();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T03:20:01Z"), ZoneOffset.UTC);
    private static final UploadSettings SETTINGS = new UploadSettings(S3Uri.parse("s3://audits/rc"), null, true);

    @TempDir
    Path dir;

    private final AuditRunner runner = new AuditRunner(CLOCK, "1.0.0");

    @Test
    void shouldUploadTheOutputsTheCacheAndTheLogOnceEveryOutputIsWritten() {
        RecordingUploader uploader = new RecordingUploader();

        AuditOutcome outcome = runner.run(options().upload(UploadRequest.of(SETTINGS,
                name -> Optional.of("9f2c1ab").filter(value -> name.equals("GIT_COMMIT")), uploader)).build());

        UploadPlan plan = uploader.plans.get(0);
        assertThat(uploader.plans).hasSize(1);
        assertThat(uploader.sizesAtUpload).as("every file is complete on disk when the upload starts")
                .doesNotContain(0L).hasSize(plan.items().size());
        String run = "/2026.03.1/" + plan.runId() + "/";
        assertThat(plan.runId()).startsWith("20261124T032001Z-");
        assertThat(plan.items()).extracting(UploadItem::key).contains(
                "rc/artifacts/json" + run + "audit.json",
                "rc/artifacts/excel" + run + "audit.xlsx",
                "rc/artifacts/json" + run + "audit-summary.json",
                "rc/temp_data" + run + "manifest.json",
                "rc/logs" + run + "rc-audit.log");
        assertThat(uploader.logAtUpload).as("the log holds the run up to its writes").contains("INFO  wrote [");
        assertThat(plan.metadata()).containsEntry("git-sha", "9f2c1ab").containsEntry("run-id", plan.runId());
        assertThat(outcome.upload().failed()).isFalse();
        assertThat(outcome.uploaded()).hasSize(plan.items().size()).first().asString()
                .isEqualTo("s3://audits/rc/artifacts/json" + run + "audit.json");
    }

    @Test
    void shouldUploadNothingWhenTheRunFailsBeforeWriting() {
        RecordingUploader uploader = new RecordingUploader();
        AuditOptions options = options().fixVersion("9.9.9").upload(new UploadRequest(SETTINGS, null, uploader))
                .build();

        assertThatThrownBy(() -> runner.run(options)).isInstanceOf(UsageException.class)
                .hasMessageContaining("not '9.9.9'");
        assertThat(uploader.plans).isEmpty();
        assertThat(dir.resolve("audit.json")).doesNotExist();
    }

    @Test
    void shouldUploadNothingOnADryRun() {
        RecordingUploader uploader = new RecordingUploader();

        AuditOutcome outcome = runner.run(options().dryRun(true).upload(new UploadRequest(SETTINGS, null, uploader))
                .build());

        assertThat(uploader.plans).isEmpty();
        assertThat(outcome.upload()).isNull();
        assertThat(outcome.uploaded()).isEmpty();
    }

    @Test
    void shouldKeepTheOutcomeAndTheFilesAndReportOneLineWhenTheUploadFails() {
        AuditException denied = new AuditException("cannot upload s3://audits/rc/artifacts/json/2026.03.1/x/"
                + "audit.json: AccessDenied (403)");
        Uploader failing = plan -> {
            throw denied;
        };

        AuditOutcome outcome = runner.run(options().upload(new UploadRequest(SETTINGS, null, failing)).build());

        assertThat(outcome.report().result().fixVersion()).isEqualTo("2026.03.1");
        assertThat(dir.resolve("audit.json")).isNotEmptyFile();
        assertThat(outcome.upload().failed()).isTrue();
        assertThat(outcome.uploaded()).isEmpty();
        assertThat(outcome.upload().failure().getMessage()).doesNotContain("\n");
        assertThatThrownBy(() -> outcome.upload().orThrow()).isSameAs(denied);
    }

    @Test
    void shouldReportAnUploadersUnexpectedFailureAsOneLineAndKeepTheVerdict() {
        Uploader broken = plan -> {
            throw new IllegalStateException("connection pool shut down");
        };

        AuditOutcome outcome = runner.run(options().upload(new UploadRequest(SETTINGS, null, broken)).build());

        assertThat(outcome.report().gate().status()).isNotNull();
        assertThat(dir.resolve("audit.json")).isNotEmptyFile();
        assertThat(outcome.upload().failed()).isTrue();
        assertThat(outcome.upload().failure()).isInstanceOf(AuditException.class)
                .hasMessageContaining("connection pool shut down").hasMessageNotContaining("\n");
    }

    @Test
    void shouldUploadNothingWhenTheRunIsAbortedBeforeTheUpload() {
        AuditOutcome outcome = runner.run(options().build());
        RecordingUploader uploader = new RecordingUploader();
        UploadResult result;
        try (UploadStage stage = UploadStage.start(new UploadRequest(SETTINGS, null, uploader), CLOCK)) {
            Thread.currentThread().interrupt();
            result = stage.send(outcome.report(), outcome.written(), SAMPLE);
        } finally {
            Thread.interrupted();
        }

        assertThat(uploader.plans).isEmpty();
        assertThat(result.failed()).isTrue();
        assertThat(result.failure()).hasMessage("the run was aborted before its upload to s3://audits/rc: nothing "
                + "was uploaded");
    }

    @Test
    void shouldPreviewTheKeysOfADryRunWithoutUploading() {
        RecordingUploader uploader = new RecordingUploader();
        AuditPlan plan = runner.plan(options().dryRun(true).upload(new UploadRequest(SETTINGS, null, uploader))
                .build());

        UploadPlan preview = plan.upload(SETTINGS);

        String run = "/2026.03.1/" + UploadStage.PREVIEW_RUN_ID + "/";
        assertThat(preview.items()).extracting(UploadItem::key)
                .startsWith("rc/artifacts/json" + run + "audit.json", "rc/artifacts/excel" + run + "audit.xlsx")
                .contains("rc/temp_data" + run + "manifest.json")
                .endsWith("rc/logs" + run + "rc-audit.log");
        assertThat(uploader.plans).isEmpty();
        assertThat(dir.resolve("audit.json")).doesNotExist();
    }

    private AuditOptions.Builder options() {
        return AuditOptions.builder()
                .cacheDir(SAMPLE)
                .offline(true)
                .outputs(new OutputTargets(dir.resolve("audit.json"), dir.resolve("audit.xlsx"),
                        dir.resolve("audit-summary.json"), null));
    }

    /** Records each plan, the size of each file and the log as they are when the upload starts. */
    private static final class RecordingUploader implements Uploader {
        final List<UploadPlan> plans = new ArrayList<>();
        final List<Long> sizesAtUpload = new ArrayList<>();
        String logAtUpload;

        @Override
        public List<String> upload(UploadPlan plan) {
            plans.add(plan);
            try {
                for (UploadItem item : plan.items()) {
                    sizesAtUpload.add(Files.size(item.source()));
                    if (item.key().endsWith("rc-audit.log")) {
                        logAtUpload = Files.readString(item.source());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return plan.items().stream().map(plan::uri).toList();
        }
    }
}
