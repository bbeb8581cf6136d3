package hudson.model;

import java.io.Serializable;

/** The result of a build: a final class with one constant per result, not an enum. */
public final class Result implements Serializable {

    /** The build succeeded. */
    public static final Result SUCCESS = new Result("SUCCESS");
    /** The build is unstable. */
    public static final Result UNSTABLE = new Result("UNSTABLE");
    /** The build failed. */
    public static final Result FAILURE = new Result("FAILURE");

    private final String name;

    private Result(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
