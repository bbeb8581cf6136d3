package io.releasecopilot.jenkinsapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SignatureListTest {

    private final SignatureList derived = SignatureList.derive();

    @Test
    void shouldMatchTheCommittedListDerivedFromTheMarkdown() throws IOException {
        Path committed = DeriveSignatureList.TARGET;
        assertThat(Files.readAllLines(committed, StandardCharsets.UTF_8))
                .as("%s is stale: run DeriveSignatureList", committed)
                .isEqualTo(derived.toLines());
        assertThat(SignatureList.load().toLines()).isEqualTo(derived.toLines());
    }

    @Test
    void shouldReadKindsAsTheSourcesDeclareThem() {
        assertThat(derived.type("hudson.FilePath").orElseThrow())
                .satisfies(t -> assertThat(t.kind()).isEqualTo("class"))
                .satisfies(t -> assertThat(t.modifiers()).contains("final"));
        assertThat(derived.type("hudson.FilePath$FileCallable").orElseThrow().kind()).isEqualTo("interface");
        assertThat(derived.type("hudson.model.Result").orElseThrow().modifiers()).contains("final");
        assertThat(derived.type("org.jenkinsci.plugins.workflow.steps.StepContext").orElseThrow())
                .satisfies(t -> assertThat(t.kind()).isEqualTo("class"))
                .satisfies(t -> assertThat(t.modifiers()).contains("abstract"));
        assertThat(derived.type("hudson.model.TaskListener").orElseThrow().kind()).isEqualTo("interface");
        assertThat(derived.type("hudson.util.FormValidation$Kind").orElseThrow().kind()).isEqualTo("enum");
    }

    @Test
    void shouldReadGenericsAndSupertypes() {
        TypeSig run = derived.type("hudson.model.Run").orElseThrow();
        assertThat(run.typeParameters())
                .isEqualTo("<JobT extends hudson.model.Job<JobT,RunT>,RunT extends hudson.model.Run<JobT,RunT>>");
        assertThat(run.superclassName()).isEqualTo("hudson.model.Actionable");
        assertThat(derived.directSupertypes("jenkins.MasterToSlaveFileCallable"))
                .containsExactly("java.lang.Object", "hudson.FilePath$FileCallable");
        assertThat(derived.supertypes("com.cloudbees.plugins.credentials.common.StandardListBoxModel"))
                .contains("hudson.util.ListBoxModel", "java.util.ArrayList");
    }

    @Test
    void shouldReadAnnotationFacts() {
        assertThat(derived.type("hudson.Extension").orElseThrow().annotations())
                .contains("net.java.sezpoz.Indexable", "Retention=RUNTIME", "Target=FIELD|METHOD|TYPE");
        assertThat(derived.declared("hudson.Extension", "ordinal", "()D").orElseThrow().modifiers())
                .contains("hasDefault");
        assertThat(derived.type("org.jenkinsci.Symbol").orElseThrow().annotations())
                .contains("org.jvnet.hudson.annotation_indexer.Indexed", "Target=TYPE");
    }

    @Test
    void shouldReadMembersWithDescriptorsAndStaticness() {
        assertThat(derived.declared("com.cloudbees.plugins.credentials.CredentialsProvider", "findCredentialById",
                "(Ljava/lang/String;Ljava/lang/Class;Lhudson/model/Run;Ljava/util/List;)"
                        + "Lcom/cloudbees/plugins/credentials/common/IdCredentials;").orElseThrow())
                .satisfies(m -> assertThat(m.isStatic()).isTrue())
                .satisfies(m -> assertThat(m.typeParameters())
                        .isEqualTo("<C extends com.cloudbees.plugins.credentials.common.IdCredentials>"));
        assertThat(derived.declared("hudson.model.TaskListener", "NULL", "Lhudson/model/TaskListener;")
                .orElseThrow().isStatic()).isTrue();
        assertThat(derived.resolve("jenkins.model.Jenkins", "hasPermission", "(Lhudson/security/Permission;)Z")
                .orElseThrow()).satisfies(m -> assertThat(m.owner()).isEqualTo("hudson.security.AccessControlled"))
                .satisfies(m -> assertThat(m.modifiers()).contains("default"));
        assertThat(derived.declared("org.jenkinsci.plugins.workflow.steps.Step", "<init>", "()V")).isPresent();
    }
}
