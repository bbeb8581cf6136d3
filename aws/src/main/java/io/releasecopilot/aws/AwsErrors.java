package io.releasecopilot.aws;

import io.releasecopilot.common.UntrustedText;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Short, safe descriptions of SDK failures: the AWS error code ({@code AccessDenied},
 * {@code ResourceNotFoundException} …) and a one-line reason. Service messages never carry request bodies,
 * so no secret value can appear here.
 */
public final class AwsErrors {

    private AwsErrors() {
    }

    /** Returns the AWS error code, the HTTP status when there is none, or {@code SdkClientException}. */
    static String code(SdkException e) {
        if (e instanceof AwsServiceException service) {
            if (service.awsErrorDetails() != null && service.awsErrorDetails().errorCode() != null) {
                return service.awsErrorDetails().errorCode();
            }
            return "HTTP " + service.statusCode();
        }
        return e instanceof SdkClientException ? "SdkClientException" : e.getClass().getSimpleName();
    }

    /** Returns the service's message, or the client's first line (no credentials, connection refused …). */
    static String detail(SdkException e) {
        String message;
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            message = service.awsErrorDetails().errorMessage();
        } else {
            message = e.getMessage();
        }
        if (message == null) {
            return "";
        }
        return UntrustedText.oneLine(message.lines().findFirst().orElse(""), 200);
    }

    /** Returns {@code "code: detail"}, or just the code. */
    public static String describe(SdkException e) {
        String detail = detail(e);
        return detail.isEmpty() ? code(e) : code(e) + ": " + detail;
    }
}
