package hudson.model;

/** A job: something that has builds. */
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> {

    private Job() {
    }
}
