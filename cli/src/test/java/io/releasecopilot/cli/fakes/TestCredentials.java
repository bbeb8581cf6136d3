package io.releasecopilot.cli.fakes;

/** Credentials for the SDK's default chain (system properties come first in it) and the fakes. */
public final class TestCredentials {

    public static final String ACCESS_KEY = "AKIDRELEASECOPILOT";
    public static final String SECRET_KEY = "test-secret-key";
    public static final String REGION = "eu-west-1";

    static {
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", SECRET_KEY);
    }

    private TestCredentials() {
    }

    /** Installs the credentials; the static initializer does the work. */
    public static void install() {
        // see the static initializer
    }
}
