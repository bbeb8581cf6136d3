package hudson.model;

/** A job: something that has builds. */
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> {

    private Job() {
    }

    /** Returns the newest build, running or not, or {@code null} when there is none. */
    public RunT getLastBuild() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
