package io.releasecopilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The command line runs without the Lambda runtime: only the lambda module names aws-lambda-java-core. */
class CliClasspathTest {

    private static final String LAMBDA_PACKAGE = "com/amazonaws/services/lambda/";

    @Test
    void shouldCarryNoLambdaRuntimeClassOnTheRuntimeClasspath() throws IOException {
        List<String> jars = List.of(Files.readString(Path.of("target", "runtime-classpath.txt")).strip()
                .split(File.pathSeparator));
        List<String> lambdaClasses = new ArrayList<>();
        for (String jar : jars) {
            if (Files.isDirectory(Path.of(jar))) {
                // a module of this build, in the reactor
                if (Files.exists(Path.of(jar, LAMBDA_PACKAGE))) {
                    lambdaClasses.add(jar);
                }
                continue;
            }
            try (JarFile file = new JarFile(jar)) {
                file.stream().map(JarEntry::getName).filter(name -> name.startsWith(LAMBDA_PACKAGE))
                        .forEach(name -> lambdaClasses.add(Path.of(jar).getFileName() + "!" + name));
            }
        }

        assertThat(jars).anyMatch(jar -> jar.contains("picocli"));
        assertThat(lambdaClasses).isEmpty();
    }
}
