package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.audit.AuditRunner;
import io.releasecopilot.aws.SecretsManagerResolver;
import io.releasecopilot.mirror.MirrorPages;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin's code sees the classes of the core, the AWS module, the mirror and the Jenkins API side by side. A
 * simple name used twice there forces fully qualified names and makes a reader guess which one an import means
 * ({@code JiraSource} and {@code LiveSources} were once both a plugin class and a core class, {@code Secret} both
 * Jenkins' {@code hudson.util.Secret} and a core class). No class of the plugin or of the Jenkins API may share its
 * simple name with another of these classes.
 */
class ClassNamesTest {

    @Test
    void shouldGiveNoPluginOrJenkinsApiClassTheSimpleNameOfAnotherClassItSees() throws Exception {
        Path plugin = root(ReleaseAuditStep.class);
        Path jenkinsApi = root(hudson.util.Secret.class);
        Map<String, List<String>> byName = new TreeMap<>();
        for (Class<?> module : List.of(ReleaseAuditStep.class, hudson.util.Secret.class, AuditRunner.class,
                SecretsManagerResolver.class, MirrorPages.class)) {
            Path root = root(module);
            for (String name : topLevelClasses(root)) {
                String simple = name.substring(name.lastIndexOf('.') + 1);
                String owner = root.equals(plugin) ? "plugin" : root.equals(jenkinsApi) ? "jenkins-api" : "dependency";
                byName.computeIfAbsent(simple, key -> new ArrayList<>()).add(owner + " " + name);
            }
        }
        assertThat(byName).as("the plugin's classes, found in %s", plugin).containsKey("ReleaseAuditStep");

        List<String> clashes = byName.values().stream().filter(names -> names.size() > 1)
                .filter(names -> names.stream().anyMatch(n -> n.startsWith("plugin ") || n.startsWith("jenkins-api ")))
                .map(Object::toString).toList();

        assertThat(clashes).isEmpty();
    }

    /** The class-path entry, a folder or a jar, that holds {@code type}. */
    private static Path root(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** The binary names of the top-level classes under {@code root}, {@code package-info} left out. */
    private static List<String> topLevelClasses(Path root) throws IOException {
        if (Files.isDirectory(root)) {
            return classesUnder(root);
        }
        try (FileSystem jar = FileSystems.newFileSystem(root)) {
            return classesUnder(jar.getPath("/"));
        }
    }

    private static List<String> classesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(file -> file.endsWith(".class") && !file.contains("$") && !file.startsWith("META-INF/")
                            && !file.endsWith("package-info.class") && !file.endsWith("module-info.class"))
                    .map(file -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
                    .toList();
        }
    }
}
