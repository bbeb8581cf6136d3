package io.releasecopilot.mirror;

import software.amazon.awssdk.services.sqs.SqsClient;

/** Sends dead letters to an SQS queue. */
final class SqsDeadLetters implements DeadLetters {

    private final SqsClient sqs;
    private final String queueUrl;

    SqsDeadLetters(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void send(String message) {
        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(message));
    }
}
