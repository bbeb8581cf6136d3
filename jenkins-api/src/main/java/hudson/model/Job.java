package hudson.model;

/** A job: something that has builds. */
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends AbstractItem {

    private Job() {
    }

    /** Returns the build with the number (loading it from disk if needed), or {@code null}. */
    public RunT getBuildByNumber(int n) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** Returns the newest build, running or not, or {@code null} when there is none. */
    public RunT getLastBuild() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
