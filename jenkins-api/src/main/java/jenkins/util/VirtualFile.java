package jenkins.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/** A file or directory that may live on disk, on an agent or in remote storage (archived artifacts). */
public abstract class VirtualFile implements Comparable<VirtualFile>, Serializable {

    private VirtualFile() {
    }

    /** Returns the child at a relative path ({@code a/b.json}); it need not exist. */
    public abstract VirtualFile child(String name);

    /** Returns whether this is an existing plain file. */
    public abstract boolean isFile() throws IOException;

    /** Returns the length in bytes. */
    public abstract long length() throws IOException;

    /** Returns the modification time in milliseconds, or 0 when unknown. */
    public abstract long lastModified() throws IOException;

    /** Opens the file for reading. */
    public abstract InputStream open() throws IOException;
}
