package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** The plugin's form methods are POST-only and permission-checked, and list credentials the documented way. */
class WebMethodRulesTest {

    private static final Path CLASSES = Path.of("target", "classes", "io", "releasecopilot", "jenkins");
    private static final String ITEM = "(Lhudson/model/Item;Ljava/lang/String;)Lhudson/util/FormValidation;";

    @Test
    void shouldGuardEveryFormMethodAndListCredentialsAsTheBuildRuns() throws IOException {
        Map<String, byte[]> classes = new TreeMap<>();
        try (Stream<Path> files = Files.list(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString();
                classes.put("io/releasecopilot/jenkins/" + name.substring(0, name.length() - 6),
                        Files.readAllBytes(file));
            }
        }
        assertThat(classes).containsKey("io/releasecopilot/jenkins/ReleaseAuditDescriptorBase");

        assertThat(new WebMethodRules(classes).check().problems).isEmpty();
    }

    @Test
    void shouldReportAFormMethodWithoutPostOrPermissionCheck() {
        WebMethodRules rules = new WebMethodRules(Map.of("p/Probe", probe(false, code -> {
            code.visitMethodInsn(Opcodes.INVOKESTATIC, "hudson/util/FormValidation", "ok",
                    "()Lhudson/util/FormValidation;", false);
        }))).check();

        assertThat(rules.problems).containsExactly("p/Probe.doCheckUrl" + ITEM + " answers GET: it lacks @POST",
                "p/Probe.doCheckUrl" + ITEM + " checks no permission",
                "no credentials are listed through includeMatchingAs");
    }

    @Test
    void shouldFollowAPermissionCheckIntoAHelperAndReportIncludeMatching() {
        WebMethodRules rules = new WebMethodRules(Map.of("p/Probe", probe(true, code -> {
            code.visitVarInsn(Opcodes.ALOAD, 1);
            code.visitMethodInsn(Opcodes.INVOKESTATIC, "p/Probe", "allowed", "(Lhudson/model/Item;)Z", false);
            code.visitInsn(Opcodes.POP);
            code.visitInsn(Opcodes.ACONST_NULL);
            code.visitInsn(Opcodes.ACONST_NULL);
            code.visitInsn(Opcodes.ACONST_NULL);
            code.visitInsn(Opcodes.ACONST_NULL);
            code.visitInsn(Opcodes.ACONST_NULL);
            code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "com/cloudbees/plugins/credentials/common/StandardListBoxModel",
                    "includeMatching", "(Lhudson/model/Item;Ljava/lang/Class;Ljava/util/List;"
                            + "Lcom/cloudbees/plugins/credentials/CredentialsMatcher;)"
                            + "Lcom/cloudbees/plugins/credentials/common/AbstractIdCredentialsListBoxModel;", false);
            code.visitInsn(Opcodes.POP);
            code.visitInsn(Opcodes.ACONST_NULL);
        }))).check();

        assertThat(rules.problems).containsExactly("p/Probe.doCheckUrl" + ITEM
                + " lists credentials as the current user: com/cloudbees/plugins/credentials/common/StandardListBoxModel"
                + ".includeMatching(Lhudson/model/Item;Ljava/lang/Class;Ljava/util/List;"
                + "Lcom/cloudbees/plugins/credentials/CredentialsMatcher;)"
                + "Lcom/cloudbees/plugins/credentials/common/AbstractIdCredentialsListBoxModel;",
                "no credentials are listed through includeMatchingAs");
    }

    @Test
    void shouldReportACredentialsMethodThatChecksTheWrongPermission() {
        WebMethodRules rules = new WebMethodRules(Map.of("p/Probe", probe(true, "doCheckCredentialsId", code -> {
            code.visitVarInsn(Opcodes.ALOAD, 1);
            code.visitMethodInsn(Opcodes.INVOKESTATIC, "p/Probe", "allowed", "(Lhudson/model/Item;)Z", false);
            code.visitInsn(Opcodes.POP);
            code.visitInsn(Opcodes.ACONST_NULL);
        }))).check();

        assertThat(rules.problems).contains("p/Probe.doCheckCredentialsId" + ITEM + " does not check"
                + " Item.EXTENDED_READ or CredentialsProvider.USE_ITEM, and Jenkins.ADMINISTER outside an item");
    }

    @Test
    void shouldFollowAnInheritedHelperAndAskAdministerOfAMethodWithoutItem() {
        String noItem = "(Ljava/lang/String;)Lhudson/util/FormValidation;";
        Consumer<MethodVisitor> inherited = code -> {
            code.visitInsn(Opcodes.ACONST_NULL);
            code.visitMethodInsn(Opcodes.INVOKESTATIC, "p/Sub", "allowed", "(Lhudson/model/Item;)Z", false);
            code.visitInsn(Opcodes.POP);
            code.visitInsn(Opcodes.ACONST_NULL);
        };
        WebMethodRules name = new WebMethodRules(Map.of("p/Probe", probe(true, "doCheckName", noItem, inherited),
                "p/Sub", sub())).check();
        WebMethodRules credentials = new WebMethodRules(Map.of("p/Probe", probe(true, "doCheckCredentialsId", noItem,
                inherited), "p/Sub", sub())).check();

        assertThat(name.problems).as("the check in the inherited helper is found")
                .containsExactly("no credentials are listed through includeMatchingAs");
        assertThat(credentials.problems).contains("p/Probe.doCheckCredentialsId" + noItem
                + " takes no item and does not check Jenkins.ADMINISTER");
    }

    /** A subclass of {@code p/Probe} that declares nothing, so a call of {@code p/Sub.allowed} is inherited. */
    private static byte[] sub() {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "p/Sub", null, "p/Probe", null);
        writer.visitEnd();
        return writer.toByteArray();
    }

    /**
     * A class with a form method {@code doCheckUrl(Item, String)} running {@code code} (which leaves the result on
     * the stack), and a helper {@code allowed(Item)} that checks {@code Item.CONFIGURE}.
     */
    private static byte[] probe(boolean post, Consumer<MethodVisitor> code) {
        return probe(post, "doCheckUrl", code);
    }

    private static byte[] probe(boolean post, String name, Consumer<MethodVisitor> code) {
        return probe(post, name, ITEM, code);
    }

    private static byte[] probe(boolean post, String name, String descriptor, Consumer<MethodVisitor> code) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "p/Probe", null, "java/lang/Object", null);
        MethodVisitor check = writer.visitMethod(Opcodes.ACC_PUBLIC, name, descriptor, null, null);
        if (post) {
            check.visitAnnotation("Lorg/kohsuke/stapler/verb/POST;", true).visitEnd();
        }
        check.visitCode();
        code.accept(check);
        check.visitInsn(Opcodes.ARETURN);
        check.visitMaxs(0, 0);
        check.visitEnd();
        MethodVisitor allowed = writer.visitMethod(Opcodes.ACC_STATIC, "allowed", "(Lhudson/model/Item;)Z", null,
                null);
        allowed.visitCode();
        allowed.visitVarInsn(Opcodes.ALOAD, 0);
        allowed.visitFieldInsn(Opcodes.GETSTATIC, "hudson/model/Item", "CONFIGURE", "Lhudson/security/Permission;");
        allowed.visitMethodInsn(Opcodes.INVOKEINTERFACE, "hudson/model/Item", "hasPermission",
                "(Lhudson/security/Permission;)Z", true);
        allowed.visitInsn(Opcodes.IRETURN);
        allowed.visitMaxs(0, 0);
        allowed.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }
}
