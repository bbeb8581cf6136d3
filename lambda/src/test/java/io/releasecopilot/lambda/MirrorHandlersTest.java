package io.releasecopilot.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.releasecopilot.aws.fakes.TestAws;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.mirror.WebhookReceiver;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The webhook and reconciliation Lambdas hand their events to the mirror module, configured by the environment. */
class MirrorHandlersTest {

    private static final Map<String, String> ENV = Map.of("DYNAMODB_TABLE", "rc-mirror", "AWS_REGION", TestAws.REGION,
            "WEBHOOK_SECRET", "webhook-secret-for-tests", "SECRETS_MANAGER", "false");

    @Test
    void shouldAnswerWebhookEventsThroughTheMirrorsReceiver() {
        WebhookHandler handler = new WebhookHandler(new WebhookReceiver(ENV));

        assertThat(handler.handleRequest(Map.of("httpMethod", "GET"), null)).containsEntry("statusCode", 405);
        assertThat(handler.handleRequest(null, null)).containsEntry("statusCode", 401);
    }

    @Test
    void shouldRunOneReconciliationPassWithTheFunctionsEnvironment() {
        ReconcileHandler handler = new ReconcileHandler(ENV, Clock.systemUTC());

        assertThatThrownBy(() -> handler.handleRequest(Map.of(), null))
                .isInstanceOf(UsageException.class).hasMessageContaining("JIRA_BASE_URL is not set");
    }
}
