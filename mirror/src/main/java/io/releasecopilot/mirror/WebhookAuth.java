package io.releasecopilot.mirror;

import io.releasecopilot.common.SecretValue;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticates a webhook delivery. Jira signs a delivery when its webhook has a secret:
 * {@code X-Hub-Signature: sha256=<hex HMAC-SHA256 of the raw body>}. Deliveries of the predecessor's setup carry
 * the secret itself in {@code X-Webhook-Secret} instead. Both are compared in constant time; a signature, when
 * present, must be right (a correct shared-secret header does not make up for a wrong signature).
 */
final class WebhookAuth {

    static final String SIGNATURE_HEADER = "x-hub-signature";
    static final String SHARED_SECRET_HEADER = "x-webhook-secret";
    private static final String PREFIX = "sha256=";

    private WebhookAuth() {
    }

    /**
     * Returns whether the delivery is authentic.
     *
     * @param signature    the {@code X-Hub-Signature} header, or null
     * @param sharedSecret the {@code X-Webhook-Secret} header, or null
     */
    static boolean authentic(byte[] body, String signature, String sharedSecret, SecretValue secret) {
        byte[] key = secret.reveal().getBytes(StandardCharsets.UTF_8);
        if (signature != null) {
            String hex = signature.strip();
            if (!hex.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
                return false;
            }
            byte[] given;
            try {
                given = HexFormat.of().parseHex(hex.substring(PREFIX.length()).toLowerCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return false;
            }
            return MessageDigest.isEqual(hmac(key, body), given);
        }
        if (sharedSecret != null) {
            return MessageDigest.isEqual(key, sharedSecret.getBytes(StandardCharsets.UTF_8));
        }
        return false;
    }

    /** Returns the {@code X-Hub-Signature} value Jira would send for {@code body}. */
    static String sign(byte[] body, SecretValue secret) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret.reveal().getBytes(StandardCharsets.UTF_8), body));
    }

    private static byte[] hmac(byte[] key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
