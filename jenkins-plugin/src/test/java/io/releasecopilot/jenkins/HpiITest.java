package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Extension;
import io.releasecopilot.jenkinsapi.SignatureList;
import io.releasecopilot.report.html.ReportAssets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import net.java.sezpoz.Index;
import net.java.sezpoz.IndexItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Opens the built {@code target/release-copilot.hpi} (run by failsafe after {@code package}) and checks what a
 * Jenkins 2.479.3 controller will rely on: layout, both manifests, the sezpoz extension index, that no Jenkins
 * class is bundled, the HTML report's assets served as the bundled core has them, the data endpoints, escaping and
 * CSP rules of every view, and every Jenkins member the bytecode references.
 */
class HpiITest {

    private static final Path HPI = Path.of(System.getProperty("hpi.file", "target/release-copilot.hpi"));
    private static final String INNER_JAR = "WEB-INF/lib/release-copilot.jar";
    private static final String REPORT_ASSETS = "io/releasecopilot/report/html/";
    private static final Map<String, String> PLUGIN_ATTRIBUTES = new LinkedHashMap<>();

    static {
        PLUGIN_ATTRIBUTES.put("Short-Name", "release-copilot");
        PLUGIN_ATTRIBUTES.put("Long-Name", "Release Copilot");
        PLUGIN_ATTRIBUTES.put("Jenkins-Version", "2.479.3");
        PLUGIN_ATTRIBUTES.put("Hudson-Version", "2.479.3");
        PLUGIN_ATTRIBUTES.put("Plugin-Dependencies", "workflow-step-api:704.ve4f0967e98fa_,"
                + "workflow-api:1373.v7b_813f10efa_b_,credentials:1415.v831096eb_5534,"
                + "plain-credentials:199.v9f8e1f741799,"
                + String.join(",", ApiPlugins.DECLARED.stream().map(name -> ApiPlugins.ALL.stream()
                        .filter(plugin -> plugin.shortName().equals(name)).findFirst().orElseThrow().dependency())
                        .toList()));
        PLUGIN_ATTRIBUTES.put("Group-Id", "io.releasecopilot");
        PLUGIN_ATTRIBUTES.put("Artifact-Id", "release-copilot");
        PLUGIN_ATTRIBUTES.put("Url", "https://github.com/release-copilot/release-copilot");
    }

    private static final Map<String, byte[]> INNER = new TreeMap<>();
    private static final List<String> ENTRIES = new ArrayList<>();
    private static Manifest outerManifest;

    @TempDir
    static Path temp;

    @BeforeAll
    static void open() throws IOException {
        assertThat(HPI).as("run mvn verify: the .hpi is built in the package phase").isRegularFile();
        try (ZipFile hpi = new ZipFile(HPI.toFile())) {
            hpi.stream().forEach(entry -> ENTRIES.add(entry.getName()));
            outerManifest = new Manifest(hpi.getInputStream(hpi.getEntry("META-INF/MANIFEST.MF")));
            try (ZipInputStream jar = new ZipInputStream(hpi.getInputStream(hpi.getEntry(INNER_JAR)))) {
                for (ZipEntry entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
                    if (!entry.isDirectory()) {
                        INNER.put(entry.getName(), jar.readAllBytes());
                    }
                }
            }
        }
    }

    @Test
    void shouldHaveThePluginLayout() {
        assertThat(ENTRIES).contains("META-INF/MANIFEST.MF", INNER_JAR, "js/release-audit.js",
                "js/release-audit-trend.js", "css/release-audit.css", "images/release-audit-trend.svg");
        assertThat(ENTRIES).anyMatch(e -> e.matches("WEB-INF/lib/release-copilot-core-.*\\.jar"))
                .anyMatch(e -> e.matches("WEB-INF/lib/org\\.eclipse\\.jgit-.*\\.jar"))
                // secretId and upload: the AWS module; the SDK itself comes from the aws-java-sdk2 plugins
                .anyMatch(e -> e.matches("WEB-INF/lib/release-copilot-aws-.*\\.jar"))
                // jiraSource 'MIRROR': the mirror's pages and its reads without a DynamoDB client
                .anyMatch(e -> e.matches("WEB-INF/lib/release-copilot-mirror-.*\\.jar"))
                // no HTTP client, no DynamoDB client, no Netty: nothing of the SDK is shipped
                .noneMatch(e -> e.matches("WEB-INF/lib/(dynamodb|apache5-client|url-connection-client|netty|"
                        + "httpclient5|httpcore5|sqs|aws-lambda).*\\.jar"));
        assertThat(ENTRIES).noneMatch(e -> e.startsWith("WEB-INF/classes/"));
        assertThat(INNER).containsKeys("index.jelly", "META-INF/annotations/hudson.Extension",
                "io/releasecopilot/jenkins/ReleaseAuditStep.class",
                "io/releasecopilot/jenkins/ReleaseAuditStep/config.jelly",
                "io/releasecopilot/jenkins/ReleaseAuditStep/help.html",
                "io/releasecopilot/jenkins/ReleaseAuditAction/index.jelly",
                "io/releasecopilot/jenkins/ReleaseAuditAction/digest.jelly",
                "io/releasecopilot/jenkins/ReleaseAuditAction/files.jelly",
                "io/releasecopilot/jenkins/ReleaseAuditAction/summary.jelly",
                "io/releasecopilot/jenkins/ReleaseAuditTrendAction/index.jelly",
                "io/releasecopilot/jenkins/ReleaseAuditTrendAction/floatingBox.jelly",
                "io/releasecopilot/jenkins/ReleaseCopilotConfiguration/config.jelly",
                "io/releasecopilot/jenkins/ReleaseCopilotConfiguration/help.html",
                "io/releasecopilot/jenkins/JiraSite/config.jelly",
                "io/releasecopilot/jenkins/BitbucketServer/config.jelly");
    }

    @Test
    void shouldServeTheHtmlReportAssetsOfTheBundledCoreUnchanged() throws IOException {
        Map<String, byte[]> core = new TreeMap<>();
        try (ZipFile hpi = new ZipFile(HPI.toFile())) {
            String coreJar = ENTRIES.stream().filter(e -> e.matches("WEB-INF/lib/release-copilot-core-.*\\.jar"))
                    .findFirst().orElseThrow();
            try (ZipInputStream jar = new ZipInputStream(hpi.getInputStream(hpi.getEntry(coreJar)))) {
                for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                    if (e.getName().startsWith(REPORT_ASSETS)) {
                        core.put(e.getName().substring(REPORT_ASSETS.length()), jar.readAllBytes());
                    }
                }
            }
            List<String> served = ENTRIES.stream().filter(e -> e.startsWith("report/") && !e.endsWith("/"))
                    .toList();
            assertThat(served).containsExactlyInAnyOrderElementsOf(
                    ReportAssets.ALL.stream().map(name -> "report/" + name).toList());
            for (String name : ReportAssets.ALL) {
                byte[] bytes = hpi.getInputStream(hpi.getEntry("report/" + name)).readAllBytes();
                assertThat(bytes).as(name).isNotEmpty().isEqualTo(core.get(name));
            }
        }
    }

    @Test
    void shouldAnswerTheDataEndpointsOnlyByGetWithStaplerTypes() {
        Map<String, List<String>> endpoints = new TreeMap<>();
        for (String type : List.of("ReleaseAuditAction", "ReleaseAuditTrendAction")) {
            byte[] bytes = INNER.get("io/releasecopilot/jenkins/" + type + ".class");
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String signature,
                        String[] exceptions) {
                    if (!name.startsWith("do") || (access & Opcodes.ACC_PUBLIC) == 0) {
                        return null;
                    }
                    List<String> facts = endpoints.computeIfAbsent(type + "." + name, k -> new ArrayList<>());
                    facts.add(desc);
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public org.objectweb.asm.AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                            facts.add(annotation + (visible ? "" : " (invisible)"));
                            return null;
                        }
                    };
                }
            }, 0);
        }
        String web = "(Lorg/kohsuke/stapler/StaplerRequest2;Lorg/kohsuke/stapler/StaplerResponse2;)V";
        assertThat(endpoints).containsOnlyKeys("ReleaseAuditAction.doReport", "ReleaseAuditTrendAction.doData")
                .allSatisfy((name, facts) -> assertThat(facts).containsExactly(web,
                        "Lorg/kohsuke/stapler/verb/GET;"));
    }

    @Test
    void shouldCarryThePluginManifestInTheHpiAndInTheInnerJar() throws IOException {
        Manifest inner;
        try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(innerJarBytes()))) {
            inner = jar.getManifest();
        }
        String version = System.getProperty("project.version", outerManifest.getMainAttributes()
                .getValue("Plugin-Version"));
        for (Manifest manifest : List.of(outerManifest, inner)) {
            Attributes attributes = manifest.getMainAttributes();
            PLUGIN_ATTRIBUTES.forEach((name, value) -> assertThat(attributes.getValue(name)).as(name).isEqualTo(value));
            assertThat(attributes.getValue("Plugin-Version")).isEqualTo(version).isNotBlank();
            assertThat(attributes.getValue("Extension-Name")).isNull();
        }
    }

    @Test
    void shouldIndexTheStepDescriptorForSezpoz() throws IOException {
        Path jar = temp.resolve("release-copilot.jar");
        Files.write(jar, innerJarBytes());
        List<String> extensions = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (IndexItem<Extension, Object> item : Index.load(Extension.class, Object.class, loader)) {
                extensions.add(item.className());
            }
        }
        assertThat(extensions).containsExactlyInAnyOrder("io.releasecopilot.jenkins.ReleaseAuditStep$DescriptorImpl",
                "io.releasecopilot.jenkins.ReleaseAuditTrendAction$Factory",
                "io.releasecopilot.jenkins.ReleaseCopilotConfiguration",
                "io.releasecopilot.jenkins.JiraSite$DescriptorImpl",
                "io.releasecopilot.jenkins.BitbucketServer$DescriptorImpl");
        for (String extension : extensions) {
            assertThat(publicNoArgConstructor(INNER.get(extension.replace('.', '/') + ".class")))
                    .as(extension).isTrue();
        }
    }

    @Test
    void shouldBundleNoJenkinsClass() throws IOException {
        List<String> offending = new ArrayList<>();
        try (ZipFile hpi = new ZipFile(HPI.toFile())) {
            for (String entry : ENTRIES) {
                if (!entry.startsWith("WEB-INF/lib/") || !entry.endsWith(".jar")) {
                    continue;
                }
                assertThat(entry).doesNotContainPattern("jenkins-api|sezpoz|slf4j-api|commons-codec|guava|dynamodb");
                try (ZipInputStream jar = new ZipInputStream(hpi.getInputStream(hpi.getEntry(entry)))) {
                    for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                        if (e.getName().endsWith(".class") && JenkinsReferences.isJenkins(e.getName())) {
                            offending.add(entry + "!" + e.getName());
                        }
                    }
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void shouldGiveTheGlobalConfigurationAFieldAndAHelpFileForEveryProperty() {
        Pattern label = Pattern.compile("\\$\\{%([^}]*)}");
        Pattern field = Pattern.compile("field=\"(\\w+)\"");
        Map<String, List<String>> fields = Map.of("ReleaseCopilotConfiguration",
                List.of("jiraSites", "bitbucketServers", "defaultPolicyFile", "defaultPolicyYaml"),
                "JiraSite", List.of("name", "url", "flavor", "credentialsId", "cloudId", "defaultSite"),
                "BitbucketServer", List.of("name", "url", "flavor", "credentialsId", "workspace", "defaultServer"));
        fields.forEach((type, properties) -> {
            String folder = "io/releasecopilot/jenkins/" + type + "/";
            String view = new String(INNER.get(folder + "config.jelly"), StandardCharsets.UTF_8);
            // Stapler reads "(...)" in a ${%...} label as message arguments: labels carry none
            label.matcher(view).results().forEach(m -> assertThat(m.group(1)).as(type).doesNotContain("(", ")"));
            assertThat(field.matcher(view).results().map(m -> m.group(1)).distinct().toList()).as(type)
                    .containsExactlyInAnyOrderElementsOf(properties);
            properties.forEach(p -> assertThat(INNER).as(type).containsKey(folder + "help-" + p + ".html"));
        });
    }

    @Test
    void shouldAnswerTheGlobalConfigurationFormsByPostWithNamedParameters() {
        Map<String, List<String>> endpoints = new TreeMap<>();
        for (String type : List.of("JiraSite$DescriptorImpl", "BitbucketServer$DescriptorImpl")) {
            new ClassReader(INNER.get("io/releasecopilot/jenkins/" + type + ".class")).accept(new ClassVisitor(
                    Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String signature,
                        String[] exceptions) {
                    if (!name.startsWith("do") || (access & Opcodes.ACC_PUBLIC) == 0) {
                        return null;
                    }
                    List<String> facts = endpoints.computeIfAbsent(type + "." + name, k -> new ArrayList<>());
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public org.objectweb.asm.AnnotationVisitor visitAnnotation(String annotation,
                                boolean visible) {
                            facts.add(annotation + (visible ? "" : " (invisible)"));
                            return null;
                        }

                        @Override
                        public void visitParameter(String parameter, int parameterAccess) {
                            facts.add("parameter " + parameter);
                        }
                    };
                }
            }, 0);
        }
        assertThat(endpoints).hasSize(8).allSatisfy((name, facts) -> assertThat(facts)
                .contains("Lorg/kohsuke/stapler/verb/POST;").anyMatch(fact -> fact.startsWith("parameter ")));
        assertThat(endpoints.get("JiraSite$DescriptorImpl.doFillCredentialsIdItems"))
                .contains("parameter url", "parameter credentialsId");
    }

    @Test
    void shouldStayUnderFiveMegabytes() throws IOException {
        // 4.3 MB with the mirror module; bundling an SDK client or Jackson again would cross it (issue 10: < 8 MB)
        assertThat(Files.size(HPI)).as("size of %s in bytes", HPI).isLessThan(5L * 1024 * 1024);
    }

    @Test
    void shouldBundleNoJarThatADeclaredApiPluginShips() {
        assertThat(ApiPlugins.bundledByApiPlugins(ENTRIES)).isEmpty();
    }

    @Test
    void shouldLinkThePluginAndItsBundledCoreAgainstTheLibrariesOfTheDeclaredPlugins() throws IOException {
        Map<String, byte[]> bundled = new TreeMap<>();
        Set<String> roots = new TreeSet<>();
        Set<String> ours = new TreeSet<>();
        try (ZipFile hpi = new ZipFile(HPI.toFile())) {
            for (String entry : ENTRIES) {
                if (!entry.startsWith("WEB-INF/lib/") || !entry.endsWith(".jar")) {
                    continue;
                }
                String jarName = entry.substring("WEB-INF/lib/".length());
                try (ZipInputStream jar = new ZipInputStream(hpi.getInputStream(hpi.getEntry(entry)))) {
                    for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                        String name = e.getName();
                        if (!name.endsWith(".class") || name.startsWith("META-INF/")) {
                            continue;
                        }
                        String internal = name.substring(0, name.length() - ".class".length());
                        bundled.put(internal, jar.readAllBytes());
                        if (jarName.equals("release-copilot.jar") || jarName.startsWith("release-copilot-core-")) {
                            roots.add(internal);
                        } else if (jarName.startsWith("release-copilot-")) {
                            ours.add(internal);
                        }
                    }
                }
            }
        }
        LibraryReferences references = new LibraryReferences(bundled,
                ApiPlugins.libraries(ApiPlugins.libraryDirectory()));
        references.check(roots, ours::contains);
        System.out.println("Library references checked against the API plugins' library versions:");
        references.checked.forEach(ref -> System.out.println("  " + ref));
        assertThat(references.problems).isEmpty();
        // jiraSource 'MIRROR' reads through DynamoDB's JSON API on the SDK core: no DynamoDB client is linked
        assertThat(references.checkedClasses).contains("io/releasecopilot/jenkins/PluginHttpClients",
                "io/releasecopilot/aws/AwsClients", "io/releasecopilot/aws/AwsUploader",
                "io/releasecopilot/jenkins/StepMirror", "io/releasecopilot/mirror/DynamoDbJsonTable",
                "io/releasecopilot/mirror/MirrorPages")
                .doesNotContain("io/releasecopilot/aws/Readiness", "io/releasecopilot/aws/StandardHttpClients",
                        "io/releasecopilot/aws/DynamoDbClients", "io/releasecopilot/mirror/MirrorStore",
                        "io/releasecopilot/mirror/MirrorSource");
        assertThat(references.checked).noneMatch(ref -> ref.contains("software/amazon/awssdk/services/dynamodb"));
        assertThat(references.checked).contains(
                "method com/fasterxml/jackson/databind/ObjectMapper.readTree(Ljava/lang/String;)"
                        + "Lcom/fasterxml/jackson/databind/JsonNode;",
                "method org/yaml/snakeyaml/error/MarkedYAMLException.getProblemMark()Lorg/yaml/snakeyaml/error/Mark;",
                "method software/amazon/awssdk/services/secretsmanager/SecretsManagerClient.getSecretValue"
                        + "(Ljava/util/function/Consumer;)"
                        + "Lsoftware/amazon/awssdk/services/secretsmanager/model/GetSecretValueResponse;",
                "type software/amazon/awssdk/services/s3/S3Client",
                "static method software/amazon/awssdk/http/apache/ApacheHttpClient.builder()"
                        + "Lsoftware/amazon/awssdk/http/apache/ApacheHttpClient$Builder;");
    }

    @Test
    void shouldEscapeEveryViewAndKeepItFreeOfInlineScript() {
        Pattern eventHandler = Pattern.compile("\\son[a-zA-Z]+\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern scriptWithBody = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>|<script[^>]*>\\s*[^<\\s]",
                Pattern.CASE_INSENSITIVE);
        List<String> views = new ArrayList<>();
        INNER.forEach((name, bytes) -> {
            if (!name.endsWith(".jelly") && !name.endsWith(".html")) {
                return;
            }
            views.add(name);
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (name.endsWith(".jelly")) {
                assertThat(text.stripLeading()).as(name).startsWith("<?jelly escape-by-default='true'?>");
                assertThat(text).as(name).doesNotContain("<j:out", "raw(", "<st:bind");
            }
            assertThat(text).as(name).doesNotContainPattern(eventHandler).doesNotContainPattern(scriptWithBody)
                    .doesNotContainIgnoringCase("javascript:").doesNotContain("style=\"");
        });
        assertThat(views).hasSizeGreaterThan(10);
    }

    @Test
    void shouldBuildNoHtmlFromDataInItsScripts() throws IOException {
        try (ZipFile hpi = new ZipFile(HPI.toFile())) {
            for (String entry : ENTRIES) {
                if (entry.endsWith(".js")) {
                    String script = new String(hpi.getInputStream(hpi.getEntry(entry)).readAllBytes(),
                            StandardCharsets.UTF_8);
                    assertThat(script).as(entry).doesNotContain("innerHTML", "outerHTML", "eval(",
                            "document.write", "new Function");
                }
            }
        }
    }

    @Test
    void shouldReferenceOnlyRealJenkinsMembers() {
        Map<String, byte[]> classes = new TreeMap<>();
        INNER.forEach((name, bytes) -> {
            if (name.endsWith(".class")) {
                classes.put(name.substring(0, name.length() - ".class".length()), bytes);
            }
        });
        JenkinsReferences references = new JenkinsReferences(SignatureList.load(), classes);
        references.check();
        System.out.println("Jenkins references checked against the real signatures:");
        references.checked.forEach(ref -> System.out.println("  " + ref));
        assertThat(references.problems).isEmpty();
        assertThat(references.checked).contains(
                "static method com/cloudbees/plugins/credentials/CredentialsProvider.findCredentialById"
                        + "(Ljava/lang/String;Ljava/lang/Class;Lhudson/model/Run;Ljava/util/List;)"
                        + "Lcom/cloudbees/plugins/credentials/common/IdCredentials;",
                "method org/jenkinsci/plugins/workflow/steps/StepContext.get(Ljava/lang/Class;)Ljava/lang/Object;",
                "static field hudson/model/Result.UNSTABLE:Lhudson/model/Result;",
                "method jenkins/model/TransientActionFactory.<init>()V",
                "method hudson/model/Run.getArtifactManager()Ljenkins/model/ArtifactManager;",
                "method jenkins/model/ArtifactManager.root()Ljenkins/util/VirtualFile;",
                "method hudson/model/Job.getBuildByNumber(I)Lhudson/model/Run;",
                "method hudson/model/Job.getRootDir()Ljava/io/File;",
                "static method hudson/Functions.isArtifactsPermissionEnabled()Z",
                "static field hudson/model/Run.ARTIFACTS:Lhudson/security/Permission;",
                "method hudson/model/Run.hasPermission(Lhudson/security/Permission;)Z");
    }

    @Test
    void shouldCompileWithParameterNamesForStapler() {
        byte[] descriptor = INNER.get("io/releasecopilot/jenkins/ReleaseAuditDescriptorBase.class");
        List<String> unnamed = new ArrayList<>();
        new ClassReader(descriptor).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String signature,
                    String[] exceptions) {
                if (!name.startsWith("do")) {
                    return null;
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    private boolean named;

                    @Override
                    public void visitParameter(String parameter, int parameterAccess) {
                        named = true;
                    }

                    @Override
                    public void visitEnd() {
                        if (!named) {
                            unnamed.add(name);
                        }
                    }
                };
            }
        }, 0);
        assertThat(unnamed).isEmpty();
    }

    private static byte[] innerJarBytes() throws IOException {
        try (ZipFile hpi = new ZipFile(HPI.toFile()); InputStream in = hpi.getInputStream(hpi.getEntry(INNER_JAR))) {
            return in.readAllBytes();
        }
    }

    private static boolean publicNoArgConstructor(byte[] bytes) {
        boolean[] found = {false};
        ClassReader reader = new ClassReader(bytes);
        boolean publicStatic = (reader.getAccess() & Opcodes.ACC_PUBLIC) != 0;
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String signature,
                    String[] exceptions) {
                if (name.equals("<init>") && desc.equals("()V") && (access & Opcodes.ACC_PUBLIC) != 0) {
                    found[0] = true;
                }
                return null;
            }
        }, ClassReader.SKIP_CODE);
        return publicStatic && found[0];
    }
}
