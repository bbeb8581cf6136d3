package hudson;

/** Marks a type whose implementations are discovered as extensions. */
public interface ExtensionPoint {
}
