package io.releasecopilot.aws.fakes;

/** Test credentials for the SDK's default chain (system properties come first in it) and the fakes. */
public final class TestAws {

    public static final String ACCESS_KEY = "AKIDRELEASECOPILOT";
    public static final String SECRET_KEY = "test-secret-key";
    public static final String REGION = "eu-west-1";

    static {
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", SECRET_KEY);
    }

    private TestAws() {
    }

    /** Makes sure the credentials are installed; call from a test class's static initializer. */
    public static void install() {
        // the static initializer did the work
    }
}
