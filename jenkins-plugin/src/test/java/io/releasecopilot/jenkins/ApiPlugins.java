package io.releasecopilot.jenkins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The Jenkins API plugins the .hpi depends on for its libraries, as read from each plugin's {@code pom.xml} at the
 * release tag named here: the plugin version (the minimum in {@code Plugin-Dependencies}), the version of the
 * library it ships, and the artifacts it bundles ({@code hpi.bundledArtifacts}). Every release named requires
 * Jenkins 2.479.1 or 2.479.3; none of these may be bundled by us.
 */
final class ApiPlugins {

    /** One API plugin: its short name and version, the library version it ships and the artifact ids it bundles. */
    record ApiPlugin(String shortName, String version, String libraryVersion, List<String> bundled) {

        String dependency() {
            return shortName + ":" + version;
        }
    }

    private static final String AWS = "2.42.33-70.vd69c0763fa_60";

    static final List<ApiPlugin> ALL = List.of(
            new ApiPlugin("jackson2-api", "2.21.2-436.v29efdb_7418ff", "2.21.2", List.of("jackson-core",
                    "jackson-databind", "jackson-dataformat-cbor", "jackson-dataformat-csv", "jackson-dataformat-toml",
                    "jackson-dataformat-xml", "jackson-dataformat-yaml", "jackson-datatype-jdk8",
                    "jackson-datatype-json-org", "jackson-datatype-jsr310",
                    "jackson-module-jakarta-xmlbind-annotations",
                    "jackson-module-jaxb-annotations", "jackson-module-parameter-names")),
            // the version jackson2-api 2.21.2-436 depends on; it ships Jackson's annotations (its own pom was not
            // read: the artifact list is taken from the jackson-annotations version it carries in its name)
            new ApiPlugin("jackson-annotations2-api", "2.21-7.v4777a_f3a_a_d47", "2.21",
                    List.of("jackson-annotations")),
            new ApiPlugin("snakeyaml-api", "2.5-143.v93b_c004f89de", "2.5", List.of("snakeyaml")),
            new ApiPlugin("aws-java-sdk2-core", AWS, "2.42.33", List.of("annotations", "apache-client", "arns", "auth",
                    "aws-cbor-protocol", "aws-core", "aws-json-protocol", "aws-query-protocol", "aws-xml-protocol",
                    "checksums", "checksums-spi", "endpoints-spi", "eventstream", "http-auth", "http-auth-aws",
                    "http-auth-aws-eventstream", "http-auth-spi", "http-client-spi", "identity-spi", "json-utils",
                    "metrics-spi", "profiles", "protocol-core", "reactive-streams", "regions", "retries", "retries-spi",
                    "sdk-core", "sts", "third-party-jackson-core", "third-party-jackson-dataformat-cbor", "utils",
                    "utils-lite")),
            new ApiPlugin("aws-java-sdk2-s3", AWS, "2.42.33", List.of("s3", "s3-transfer-manager")),
            new ApiPlugin("aws-java-sdk2-secretsmanager", AWS, "2.42.33", List.of("secretsmanager")));

    /** The plugins the .hpi lists itself; jackson-annotations2-api comes with jackson2-api. */
    static final List<String> DECLARED = List.of("jackson2-api", "snakeyaml-api", "aws-java-sdk2-core",
            "aws-java-sdk2-s3", "aws-java-sdk2-secretsmanager");

    private ApiPlugins() {
    }

    /** Returns the plugin that ships the artifact of a jar file name such as {@code jackson-core-2.21.2.jar}. */
    static Optional<ApiPlugin> shipping(String jarFileName) {
        return ALL.stream().filter(plugin -> plugin.bundled().stream()
                .anyMatch(artifact -> jarFileName.matches("\\Q" + artifact + "\\E-\\d[^/]*\\.jar"))).findFirst();
    }

    /** Returns the jars of a .hpi's {@code WEB-INF/lib} that an API plugin ships, each with that plugin. */
    static List<String> bundledByApiPlugins(List<String> hpiEntries) {
        return hpiEntries.stream().filter(entry -> entry.startsWith("WEB-INF/lib/") && entry.endsWith(".jar"))
                .flatMap(entry -> {
                    String jar = entry.substring("WEB-INF/lib/".length());
                    return shipping(jar).map(plugin -> entry + " is shipped by " + plugin.dependency()).stream();
                }).toList();
    }

    /** The directory the build copies the library jars of exactly these versions to (pom: api-plugin-libs). */
    static Path libraryDirectory() {
        return Path.of(System.getProperty("api.plugin.libs", "target/api-plugin-libs"));
    }

    /**
     * Labels every library jar of the directory with the plugin that ships it, checking that the jar has the
     * library version of that plugin.
     *
     * @throws IllegalStateException for a jar no plugin here ships, or of another version
     */
    static Map<Path, String> libraries(Path directory) {
        Map<Path, String> libraries = new TreeMap<>();
        try (Stream<Path> jars = Files.list(directory)) {
            jars.filter(jar -> jar.toString().endsWith(".jar")).forEach(jar -> {
                String name = jar.getFileName().toString();
                ApiPlugin plugin = shipping(name).orElseThrow(() -> new IllegalStateException(
                        name + " is shipped by none of the API plugins"));
                if (!name.endsWith("-" + plugin.libraryVersion() + ".jar")) {
                    throw new IllegalStateException(name + " is not the version " + plugin.dependency() + " ships ("
                            + plugin.libraryVersion() + ")");
                }
                libraries.put(jar, plugin.dependency() + " (" + name + ")");
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return libraries;
    }
}
