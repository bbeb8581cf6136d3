package io.releasecopilot.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import java.util.List;
import software.amazon.awscdk.Stack;

/**
 * The cdk-nag AwsSolutions findings this stack accepts, each with the reason; anything else found fails the
 * infra tests.
 */
final class NagExplanations {

    private NagExplanations() {
    }

    static void apply(Stack stack) {
        NagSuppressions.addStackSuppressions(stack, List.of(
                explain("AwsSolutions-IAM5", "Wildcards only where the resource cannot be narrowed further: objects "
                        + "below the prefixes Release Copilot writes, a function's own log streams, the index of "
                        + "the mirror table, and the random suffix Secrets Manager adds to a secret's name."),
                explain("AwsSolutions-IAM4", "The API Gateway account role that writes the webhook API's logs uses "
                        + "the service's own policy, AmazonAPIGatewayPushToCloudWatchLogs."),
                explain("AwsSolutions-APIG4", "Jira cannot send IAM or Cognito credentials: every delivery is "
                        + "authenticated by the webhook Lambda (HMAC signature over the raw body with the secret "
                        + "from Secrets Manager), and the stage is throttled."),
                explain("AwsSolutions-COG4", "See AwsSolutions-APIG4: Jira webhooks carry an HMAC signature, not a "
                        + "Cognito token."),
                explain("AwsSolutions-APIG3", "No WAF: one POST route, throttled at the stage, whose requests are "
                        + "rejected by the Lambda unless signed; add a web ACL where the account has one."),
                explain("AwsSolutions-SNS2", "The topic carries only alarm state changes; CloudWatch cannot publish "
                        + "to a topic under the AWS-managed SNS key."),
                explain("AwsSolutions-SQS3", "The queue is itself the dead-letter queue of the Lambdas and the "
                        + "schedules."),
                explain("AwsSolutions-L1", "Java 21, the newest runtime the CLI's jar is tested on (docs/aws.md: "
                        + "Java 17 or 21); move to a newer one once the build tests it."),
                explain("AwsSolutions-S1", "The access-log bucket does not log its own access (it is the target of "
                        + "the audit bucket's server access logs).")), true);
    }

    private static NagPackSuppression explain(String id, String reason) {
        return NagPackSuppression.builder().id(id).reason(reason).build();
    }
}
