package io.releasecopilot.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.releasecopilot.mirror.WebhookReceiver;
import java.util.Map;

/**
 * AWS Lambda entry point of the Jira webhook behind API Gateway: hands each event to the mirror's
 * {@link WebhookReceiver}, which authenticates the delivery and writes it to the mirror.
 */
public final class WebhookHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private final WebhookReceiver receiver;

    /** The handler the Lambda runtime instantiates: settings from the process environment. */
    public WebhookHandler() {
        this(new WebhookReceiver(System.getenv()));
    }

    WebhookHandler(WebhookReceiver receiver) {
        this.receiver = receiver;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        return receiver.handle(event);
    }
}
