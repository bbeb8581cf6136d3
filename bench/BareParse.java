import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark's baseline: streams every {@code .json} file under a cache directory through Jackson's
 * {@link JsonParser}, one file after the other on one thread, and counts the tokens. Nothing is kept, no
 * object is built; this is the least any reader of the same files has to do. String values are decoded
 * ({@code getText()}), as any reader that keeps them must.
 *
 * <p>Compiled and run by {@code bench/audit-bench.sh} against the Jackson of {@code distribution/target/rc.jar}, as its
 * own JVM with the same options as {@code ./rc}:
 * <pre>java -cp distribution/target/rc.jar:CLASSES BareParse CACHE_DIR</pre>
 */
public final class BareParse {

    private BareParse() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BareParse CACHE_DIR");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).sorted()
                    .collect(Collectors.toList());
        }
        JsonFactory factory = new JsonFactory();
        long tokens = 0;
        long chars = 0;
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
            try (InputStream in = Files.newInputStream(file); JsonParser parser = factory.createParser(in)) {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    tokens++;
                    if (token == JsonToken.VALUE_STRING) {
                        chars += parser.getText().length();
                    }
                }
            }
        }
        System.out.println("files " + files.size() + " bytes " + bytes + " tokens " + tokens + " chars " + chars);
    }
}
