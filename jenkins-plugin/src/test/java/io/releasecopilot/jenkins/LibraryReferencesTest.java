package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The library check of HpiITest catches bytecode that would fail to link against the libraries of the declared
 * API plugins (the jars of exactly their versions, copied by the build), and the .hpi check catches a bundled jar
 * that such a plugin ships.
 */
class LibraryReferencesTest {

    private static final String PROBE = "io/releasecopilot/jenkins/Probe";

    @Test
    void shouldAcceptReferencesTheLibrariesHave() throws IOException {
        LibraryReferences references = check(code -> {
            code.visitTypeInsn(Opcodes.NEW, "com/fasterxml/jackson/databind/ObjectMapper");
            code.visitInsn(Opcodes.DUP);
            code.visitMethodInsn(Opcodes.INVOKESPECIAL, "com/fasterxml/jackson/databind/ObjectMapper", "<init>", "()V",
                    false);
            code.visitInsn(Opcodes.POP);
            code.visitMethodInsn(Opcodes.INVOKESTATIC, "software/amazon/awssdk/services/s3/S3Configuration",
                    "builder", "()Lsoftware/amazon/awssdk/services/s3/S3Configuration$Builder;", false);
            code.visitInsn(Opcodes.ICONST_1);
            code.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Boolean", "valueOf", "(Z)Ljava/lang/Boolean;",
                    false);
            code.visitMethodInsn(Opcodes.INVOKEINTERFACE, "software/amazon/awssdk/services/s3/S3Configuration$Builder",
                    "expectContinueEnabled",
                    "(Ljava/lang/Boolean;)Lsoftware/amazon/awssdk/services/s3/S3Configuration$Builder;", true);
            code.visitInsn(Opcodes.POP);
        });

        assertThat(references.problems).isEmpty();
        assertThat(references.checked).contains("method com/fasterxml/jackson/databind/ObjectMapper.<init>()V",
                "type software/amazon/awssdk/services/s3/S3Configuration");
    }

    @Test
    void shouldReportAMethodNewerThanThePluginsLibrary() throws IOException {
        // in the SDK 2.54 the build compiles against, not in the 2.42.33 that aws-java-sdk2-s3 ships
        LibraryReferences references = check(code -> {
            code.visitInsn(Opcodes.ACONST_NULL);
            code.visitInsn(Opcodes.LCONST_0);
            code.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", false);
            code.visitMethodInsn(Opcodes.INVOKEINTERFACE, "software/amazon/awssdk/services/s3/S3Configuration$Builder",
                    "expectContinueThresholdInBytes",
                    "(Ljava/lang/Long;)Lsoftware/amazon/awssdk/services/s3/S3Configuration$Builder;", true);
            code.visitInsn(Opcodes.POP);
        });

        assertThat(references.problems).singleElement().asString()
                .contains("S3Configuration$Builder.expectContinueThresholdInBytes(Ljava/lang/Long;)")
                .contains("does not exist in aws-java-sdk2-s3:2.42.33-70.vd69c0763fa_60 (s3-2.42.33.jar)");
    }

    @Test
    void shouldReportAClassNoDeclaredPluginShips() throws IOException {
        LibraryReferences references = check(code -> {
            code.visitMethodInsn(Opcodes.INVOKESTATIC, "software/amazon/awssdk/services/dynamodb/DynamoDbClient",
                    "builder", "()Lsoftware/amazon/awssdk/services/dynamodb/DynamoDbClientBuilder;", true);
            code.visitInsn(Opcodes.POP);
        });

        assertThat(references.problems).singleElement().asString().contains(
                "software/amazon/awssdk/services/dynamodb/DynamoDbClient is in no bundled jar and in no library");
    }

    @Test
    void shouldReportStaticnessAndKindMismatches() throws IOException {
        LibraryReferences references = check(code -> {
            code.visitInsn(Opcodes.ACONST_NULL);
            code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "software/amazon/awssdk/services/s3/S3Configuration",
                    "builder", "()Lsoftware/amazon/awssdk/services/s3/S3Configuration$Builder;", false);
            code.visitInsn(Opcodes.POP);
            code.visitInsn(Opcodes.ACONST_NULL);
            code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "software/amazon/awssdk/services/s3/S3Client", "close", "()V",
                    false);
            code.visitTypeInsn(Opcodes.NEW, "com/fasterxml/jackson/core/JsonParser");
            code.visitInsn(Opcodes.POP);
        });

        assertThat(references.problems)
                .anySatisfy(problem -> assertThat(problem).contains("S3Configuration.builder()").contains("is static"))
                .anySatisfy(problem -> assertThat(problem).contains("S3Client is an interface"))
                .anySatisfy(problem -> assertThat(problem)
                        .contains("cannot instantiate com/fasterxml/jackson/core/JsonParser"));
    }

    @Test
    void shouldFollowBundledClassesOfOursThatTheCheckedClassesReach() throws IOException {
        Map<String, byte[]> bundled = new TreeMap<>();
        bundled.put(PROBE, probe(code -> {
            code.visitMethodInsn(Opcodes.INVOKESTATIC, "io/releasecopilot/aws/Helper", "probe", "()V", false);
        }));
        bundled.put("io/releasecopilot/aws/Helper", probe("io/releasecopilot/aws/Helper", code -> {
            code.visitMethodInsn(Opcodes.INVOKESTATIC, "software/amazon/awssdk/services/dynamodb/DynamoDbClient",
                    "create", "()Lsoftware/amazon/awssdk/services/dynamodb/DynamoDbClient;", true);
            code.visitInsn(Opcodes.POP);
        }));
        bundled.put("io/releasecopilot/aws/Unreached", probe("io/releasecopilot/aws/Unreached", code -> {
            code.visitMethodInsn(Opcodes.INVOKESTATIC, "org/example/Missing", "run", "()V", false);
        }));

        LibraryReferences followed = new LibraryReferences(bundled,
                ApiPlugins.libraries(ApiPlugins.libraryDirectory()));
        followed.check(Set.of(PROBE), name -> name.startsWith("io/releasecopilot/aws/"));
        LibraryReferences notFollowed = new LibraryReferences(bundled,
                ApiPlugins.libraries(ApiPlugins.libraryDirectory()));
        notFollowed.check(Set.of(PROBE), name -> false);

        assertThat(followed.problems).singleElement().asString().startsWith("io/releasecopilot/aws/Helper.probe")
                .contains("DynamoDbClient is in no bundled jar");
        assertThat(followed.checkedClasses).containsExactly("io/releasecopilot/aws/Helper", PROBE);
        assertThat(notFollowed.problems).isEmpty();
    }

    @Test
    void shouldNameEveryBundledJarThatADeclaredApiPluginShips() {
        List<String> entries = List.of("META-INF/MANIFEST.MF", "WEB-INF/lib/release-copilot.jar",
                "WEB-INF/lib/release-copilot-aws-0.1.0-SNAPSHOT.jar", "WEB-INF/lib/jackson-databind-2.23.0.jar",
                "WEB-INF/lib/s3-2.54.14.jar", "WEB-INF/lib/utils-2.54.14.jar", "WEB-INF/lib/snakeyaml-2.5.jar",
                "WEB-INF/lib/org.eclipse.jgit-7.8.1.202611041320-r.jar");

        assertThat(ApiPlugins.bundledByApiPlugins(entries)).containsExactly(
                "WEB-INF/lib/jackson-databind-2.23.0.jar is shipped by jackson2-api:2.21.2-436.v29efdb_7418ff",
                "WEB-INF/lib/s3-2.54.14.jar is shipped by aws-java-sdk2-s3:2.42.33-70.vd69c0763fa_60",
                "WEB-INF/lib/utils-2.54.14.jar is shipped by aws-java-sdk2-core:2.42.33-70.vd69c0763fa_60",
                "WEB-INF/lib/snakeyaml-2.5.jar is shipped by snakeyaml-api:2.5-143.v93b_c004f89de");
    }

    @Test
    void shouldCheckAgainstTheLibraryVersionEachPluginShips() {
        Map<Path, String> libraries = ApiPlugins.libraries(ApiPlugins.libraryDirectory());

        assertThat(libraries.values()).contains("jackson2-api:2.21.2-436.v29efdb_7418ff (jackson-databind-2.21.2.jar)",
                "snakeyaml-api:2.5-143.v93b_c004f89de (snakeyaml-2.5.jar)",
                "aws-java-sdk2-core:2.42.33-70.vd69c0763fa_60 (sdk-core-2.42.33.jar)",
                "aws-java-sdk2-secretsmanager:2.42.33-70.vd69c0763fa_60 (secretsmanager-2.42.33.jar)");
    }

    private static LibraryReferences check(Consumer<MethodVisitor> code) throws IOException {
        LibraryReferences references = new LibraryReferences(Map.of(PROBE, probe(code)),
                ApiPlugins.libraries(ApiPlugins.libraryDirectory()));
        references.check(Set.of(PROBE), name -> false);
        return references;
    }

    private static byte[] probe(Consumer<MethodVisitor> code) {
        return probe(PROBE, code);
    }

    /** A synthetic class whose only method runs {@code code}. */
    private static byte[] probe(String name, Consumer<MethodVisitor> code) {
        return ProbeClass.running(name, code);
    }
}
