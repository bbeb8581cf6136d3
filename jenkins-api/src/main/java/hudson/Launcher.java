package hudson;

/** Starts processes on a node. */
public abstract class Launcher {

    private Launcher() {
    }
}
