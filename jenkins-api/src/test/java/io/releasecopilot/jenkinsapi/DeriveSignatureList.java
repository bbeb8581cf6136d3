package io.releasecopilot.jenkinsapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates the committed {@code jenkins-signatures.tsv} from jenkins-signatures.md and its supplement:
 * {@code mvn -pl jenkins-api test-compile exec:java -Dexec.mainClass=io.releasecopilot.jenkinsapi.DeriveSignatureList
 * -Dexec.classpathScope=test}, or run {@link #main} from an IDE with the module as working directory.
 * {@code SignatureListTest} fails while the committed file differs from a fresh derivation.
 */
public final class DeriveSignatureList {

    /** Where the list is committed, relative to the jenkins-api module. */
    static final Path TARGET = Path.of("src", "test", "resources").resolve(SignatureList.TSV);

    private DeriveSignatureList() {
    }

    /** Writes the list; the one optional argument is the jenkins-api module directory. */
    public static void main(String[] args) throws IOException {
        Path module = args.length > 0 ? Path.of(args[0]) : Path.of("");
        Path target = module.resolve(TARGET);
        Files.write(target, SignatureList.derive().toLines(), StandardCharsets.UTF_8);
        System.out.println("wrote " + target.toAbsolutePath());
    }
}
