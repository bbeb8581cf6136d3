package hudson.remoting;

/** The channel to the node a callable runs on. */
public interface VirtualChannel {
}
