package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.EnvVars;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The rules of jenkins-runtime-rules.md that only the bytecode shows, on the plugin's classes, each with a broken
 * class that the same check must flag.
 */
class RuntimeRulesTest {

    private static final String PROBE = "io/releasecopilot/jenkins/Probe";

    @Test
    void shouldNeverReadTheJvmsEnvironment() {
        RuntimeRules plugin = RuntimeRules.ofPlugin();

        assertThat(plugin.size()).isGreaterThan(40);
        assertThat(plugin.environmentReads()).isEmpty();
    }

    @Test
    void shouldFlagAReadOfTheJvmsEnvironment() {
        RuntimeRules probe = probe("java/lang/Object", null, "run", "()V", code -> {
            code.visitLdcInsn("AWS_REGION");
            code.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/System", "getenv",
                    "(Ljava/lang/String;)Ljava/lang/String;", false);
            code.visitInsn(Opcodes.POP);
        });

        assertThat(probe.environmentReads()).containsExactly(PROBE + ".run()V");
    }

    @Test
    void shouldAskForTheBuildsEnvironmentInTheRequiredContext() {
        assertThat(new ReleaseAuditStep.DescriptorImpl(new JenkinsFacade()).getRequiredContext())
                .anySatisfy(type -> assertThat(type).isEqualTo(EnvVars.class));
    }

    @Test
    void shouldNarrowEveryTransientActionFactory() {
        assertThat(RuntimeRules.ofPlugin().factoriesWithoutActionType()).isEmpty();
    }

    @Test
    void shouldFlagAFactoryThatIsAskedForEveryAction() {
        RuntimeRules probe = probe("jenkins/model/TransientActionFactory", null, "type", "()Ljava/lang/Class;",
                code -> {
                    code.visitInsn(Opcodes.ACONST_NULL);
                    code.visitInsn(Opcodes.ARETURN);
                });

        assertThat(probe.factoriesWithoutActionType()).containsExactly(PROBE);
    }

    @Test
    void shouldCheckAPermissionInEveryWebMethodOfAnAction() {
        assertThat(RuntimeRules.ofPlugin().unguardedWebMethods()).isEmpty();
    }

    @Test
    void shouldFlagAWebMethodThatServesDataWithoutAPermissionCheck() {
        String descriptor = "(Lorg/kohsuke/stapler/StaplerRequest2;Lorg/kohsuke/stapler/StaplerResponse2;)V";
        RuntimeRules probe = probe("java/lang/Object", "hudson/model/Action", "doReport", descriptor, code -> {
            code.visitInsn(Opcodes.ACONST_NULL);
            code.visitInsn(Opcodes.ACONST_NULL);
            code.visitMethodInsn(Opcodes.INVOKESTATIC, "io/releasecopilot/jenkins/ArtifactResponse", "send",
                    "(Ljakarta/servlet/http/HttpServletResponse;Ljenkins/util/VirtualFile;)V", false);
        });

        assertThat(probe.unguardedWebMethods()).containsExactly(PROBE + ".doReport" + descriptor);
    }

    @Test
    void shouldExportEveryPropertyOfTheActionsToTheBuildsApi() {
        assertThat(RuntimeRules.prunedExports(ReleaseAuditAction.class, ReleaseAuditTrendAction.class,
                TrendPoint.class)).isEmpty();
    }

    @Test
    void shouldFlagAPropertyThatApiJsonPrunes() {
        assertThat(RuntimeRules.prunedExports(DefaultVisibility.class)).containsExactly("DefaultVisibility.getStatus");
    }

    /** An action property as it was: {@code @Exported} at the default visibility, pruned below the build. */
    @ExportedBean
    static final class DefaultVisibility {
        @Exported
        public String getStatus() {
            return "WARN";
        }

        @Exported(visibility = 2)
        public String getFixVersion() {
            return "2026.03.1";
        }
    }

    /** Builds one class with one public method running {@code code}, then {@code RETURN} or what code returns. */
    private static RuntimeRules probe(String superName, String iface, String method, String descriptor,
            Consumer<MethodVisitor> code) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, PROBE, null, superName,
                iface == null ? null : new String[] {iface});
        MethodVisitor visitor = writer.visitMethod(Opcodes.ACC_PUBLIC, method, descriptor, null, null);
        visitor.visitCode();
        code.accept(visitor);
        if (descriptor.endsWith(")V")) {
            visitor.visitInsn(Opcodes.RETURN);
        }
        visitor.visitMaxs(0, 0);
        visitor.visitEnd();
        writer.visitEnd();
        return new RuntimeRules(Map.of(PROBE, writer.toByteArray()));
    }
}
