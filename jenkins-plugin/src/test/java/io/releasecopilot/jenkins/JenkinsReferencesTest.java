package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.jenkinsapi.SignatureList;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** The bytecode check of HpiITest catches references that would fail to link in a real Jenkins. */
class JenkinsReferencesTest {

    @Test
    void shouldAcceptARealReference() {
        JenkinsReferences references = check(code -> {
            code.visitFieldInsn(Opcodes.GETSTATIC, "hudson/model/Result", "UNSTABLE", "Lhudson/model/Result;");
            code.visitInsn(Opcodes.POP);
        });

        assertThat(references.problems).isEmpty();
        assertThat(references.checked).contains("static field hudson/model/Result.UNSTABLE:Lhudson/model/Result;");
    }

    @Test
    void shouldReportAMethodThatDoesNotExist() {
        JenkinsReferences references = check(code -> {
            code.visitInsn(Opcodes.ACONST_NULL);
            code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "hudson/model/Run", "getArtifactsManager",
                    "()Ljenkins/model/ArtifactManager;", false);
            code.visitInsn(Opcodes.POP);
        });

        assertThat(references.problems).singleElement().asString()
                .contains("hudson/model/Run.getArtifactsManager()Ljenkins/model/ArtifactManager; does not exist");
    }

    @Test
    void shouldReportAStaticFieldReadAsAnInstanceField() {
        JenkinsReferences references = check(code -> {
            code.visitInsn(Opcodes.ACONST_NULL);
            code.visitFieldInsn(Opcodes.GETFIELD, "hudson/model/Result", "FAILURE", "Lhudson/model/Result;");
            code.visitInsn(Opcodes.POP);
        });

        assertThat(references.problems).singleElement().asString().contains("Result.FAILURE").contains("is static");
    }

    @Test
    void shouldReportAnInterfaceCalledAsAClassAndAnAbstractClassInstantiated() {
        JenkinsReferences references = check(code -> {
            code.visitInsn(Opcodes.ACONST_NULL);
            code.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "hudson/model/TaskListener", "getLogger",
                    "()Ljava/io/PrintStream;", false);
            code.visitInsn(Opcodes.POP);
            code.visitTypeInsn(Opcodes.NEW, "hudson/model/Run");
            code.visitInsn(Opcodes.POP);
        });

        assertThat(references.problems).anySatisfy(problem -> assertThat(problem)
                .contains("hudson/model/TaskListener is an interface"))
                .anySatisfy(problem -> assertThat(problem).contains("cannot instantiate hudson/model/Run"));
    }

    /** Checks one synthetic plugin class whose only method runs {@code code}. */
    private static JenkinsReferences check(Consumer<MethodVisitor> code) {
        JenkinsReferences references = new JenkinsReferences(SignatureList.load(),
                Map.of("io/releasecopilot/jenkins/Probe", ProbeClass.running("io/releasecopilot/jenkins/Probe", code)));
        references.check();
        return references;
    }
}
