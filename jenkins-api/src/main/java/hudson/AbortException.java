package hudson;

import java.io.IOException;

/** Fails a build with a message and no stack trace. */
public class AbortException extends IOException {

    /** Creates the exception with the message shown in the build log. */
    public AbortException(String message) {
        super(message);
    }
}
