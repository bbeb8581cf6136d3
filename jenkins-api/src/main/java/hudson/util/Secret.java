package hudson.util;

import java.io.Serializable;

/** An encrypted secret. */
public final class Secret implements Serializable {

    private Secret() {
    }

    /** Returns the secret in clear text. */
    public String getPlainText() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
