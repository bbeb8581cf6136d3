package io.releasecopilot.cli.fakes;

import io.releasecopilot.aws.fakes.TestAws;

/** The aws test-jar's credentials ({@link TestAws}), for the SDK's default chain and the fakes. */
public final class TestCredentials {

    public static final String ACCESS_KEY = TestAws.ACCESS_KEY;
    public static final String SECRET_KEY = TestAws.SECRET_KEY;
    public static final String REGION = TestAws.REGION;

    private TestCredentials() {
    }

    /** Installs the credentials (system properties, which come first in the default chain). */
    public static void install() {
        TestAws.install();
    }
}
