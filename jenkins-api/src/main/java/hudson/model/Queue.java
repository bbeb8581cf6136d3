package hudson.model;

/** The build queue. */
public class Queue {

    private Queue() {
    }

    /** Something that can be queued and built: a job. */
    public interface Task {
    }
}
