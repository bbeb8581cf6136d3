package hudson.util;

import java.io.IOException;

/** The answer of a {@code doCheck...} method. Simple enough to be real here: kind and message. */
public abstract class FormValidation extends IOException {

    /** The kind of the answer. */
    public final Kind kind;

    private FormValidation(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** Returns the answer as HTML. */
    public abstract String renderHtml();

    /** The field is fine. */
    public static FormValidation ok() {
        return of(Kind.OK, null);
    }

    /** The field is wrong; the message is escaped. */
    public static FormValidation error(String message) {
        return of(Kind.ERROR, message);
    }

    /** The field is suspicious; the message is escaped. */
    public static FormValidation warning(String message) {
        return of(Kind.WARNING, message);
    }

    private static FormValidation of(Kind kind, String message) {
        return new FormValidation(kind, message) {
            @Override
            public String renderHtml() {
                throw new UnsupportedOperationException("compile-only declaration");
            }
        };
    }

    /** The kinds of answers. */
    public enum Kind {
        OK,
        WARNING,
        ERROR
    }
}
