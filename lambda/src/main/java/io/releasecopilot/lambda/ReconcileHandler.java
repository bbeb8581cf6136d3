package io.releasecopilot.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.releasecopilot.mirror.ReconcilePass;
import java.time.Clock;
import java.util.Map;

/**
 * AWS Lambda entry point of the scheduled reconciliation: one {@link ReconcilePass} with the function's
 * environment; the event's content is not used. Returns the pass's figures; a failed pass throws.
 */
public final class ReconcileHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private final Map<String, String> environment;
    private final Clock clock;

    /** The handler the Lambda runtime instantiates: settings from the process environment. */
    public ReconcileHandler() {
        this(System.getenv(), Clock.systemUTC());
    }

    ReconcileHandler(Map<String, String> environment, Clock clock) {
        this.environment = Map.copyOf(environment);
        this.clock = clock;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        return new ReconcilePass(environment, clock).run();
    }
}
