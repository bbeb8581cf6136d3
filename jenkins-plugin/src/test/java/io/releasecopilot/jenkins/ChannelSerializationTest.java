package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What crosses the remoting channel (the callable there, the summary or failure back) and what the build keeps
 * holds only plugin classes and JDK types: Jenkins' JEP-200 class filter rejects classes of bundled libraries.
 */
class ChannelSerializationTest {

    @TempDir
    Path workspace;

    @Test
    void shouldSendOnlyPluginAndJdkClassesToTheAgent() throws Exception {
        StepOptions options = SampleWorkspace.offline();
        options.limits.put("minCoverage", 0.9);
        AuditCallable callable = new AuditCallable(options, CredentialValues.none().with("JIRA_TOKEN", "t0ken"), "1",
                StepEnvironment.of(java.util.Map.of("AWS_REGION", "eu-west-1"), true), new LogListener());

        assertThat(classesIn(callable)).allMatch(ChannelSerializationTest::allowed);
    }

    @Test
    void shouldSendOnlyPluginAndJdkClassesBack() throws Exception {
        SampleWorkspace.create(workspace);
        AuditSummary summary = new AuditCallable(SampleWorkspace.offline(), CredentialValues.none(), "1",
                StepEnvironment.of(java.util.Map.of(), true), new LogListener()).invoke(workspace.toFile(), null);

        assertThat(classesIn(summary)).allMatch(ChannelSerializationTest::allowed)
                .contains(AuditSummary.class.getName());
        AuditSummary copy = (AuditSummary) roundTrip(summary);
        assertThat(copy.getCounts()).isEqualTo(summary.getCounts());
        assertThat(copy.getText()).isEqualTo(summary.getText());
        assertThat(classesIn(new AuditFailure("x", true))).allMatch(ChannelSerializationTest::allowed);
    }

    private static boolean allowed(String name) {
        return name.startsWith("io.releasecopilot.jenkins.") || name.startsWith("java.")
                || name.startsWith("[") || name.equals("jenkins.MasterToSlaveFileCallable");
    }

    private static Set<String> classesIn(Object object) throws IOException {
        Set<String> classes = new TreeSet<>();
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream()) {
            @Override
            protected void annotateClass(Class<?> type) {
                classes.add(type.getName());
            }
        }) {
            out.writeObject(object);
        }
        return classes;
    }

    private static Object roundTrip(Object object) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                if (!allowed(desc.getName())) {
                    throw new ClassNotFoundException("refused like JEP-200: " + desc.getName());
                }
                return super.resolveClass(desc);
            }
        }) {
            return in.readObject();
        }
    }
}
