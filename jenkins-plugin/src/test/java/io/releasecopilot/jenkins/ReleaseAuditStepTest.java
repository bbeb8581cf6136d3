package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Item;
import hudson.security.Permission;
import hudson.util.FormValidation;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.verb.POST;

class ReleaseAuditStepTest {

    private static final Map<String, Method> PARAMETERS = StepParameters.of(ReleaseAuditStep.class);

    @Test
    void shouldStoreEveryParameterOnceInTheOptionsAndReadItBack() throws Exception {
        assertThat(PARAMETERS).hasSize(52).containsKeys("fixVersion", "jiraCredentialsId", "minCoverage",
                "markOnlyOnFailure", "offline", "cacheDir", "upload", "html", "useWorkspaceGit", "jiraCloudId",
                "pullRequests", "jiraSite", "bitbucketServer");
        ReleaseAuditStep step = new ReleaseAuditStep();
        for (Map.Entry<String, Method> parameter : PARAMETERS.entrySet()) {
            Class<?> type = parameter.getValue().getParameterTypes()[0];
            Object value = sample(parameter.getKey(), type);
            parameter.getValue().invoke(step, value);
            String getter = (type == boolean.class ? "is" : "get") + parameter.getValue().getName().substring(3);
            assertThat(ReleaseAuditStep.class.getMethod(getter).invoke(step)).as(parameter.getKey()).isEqualTo(value);
        }
        assertThat(step.options().limits).hasSize(12);
        assertThat(step.options().jiraUrl).isEqualTo("v-jiraUrl");
    }

    @Test
    void shouldMapEveryGateLimitParameterToAMetric() {
        PARAMETERS.forEach((name, setter) -> {
            Class<?> type = setter.getParameterTypes()[0];
            if (type == Integer.class || type == Double.class) {
                assertThat(GateLimitParameter.metric(name)).as(name).isNotNull();
            }
        });
    }

    @Test
    void shouldDefaultLikeTheCli() {
        ReleaseAuditStep step = new ReleaseAuditStep();
        assertThat(step.getCacheDir()).isEqualTo("temp_data");
        assertThat(step.getJson()).isEqualTo("release-audit/audit.json");
        assertThat(step.isOffline()).isFalse();
        assertThat(step.getMinCoverage()).isNull();
        step.setFixVersion("  ");
        assertThat(step.getFixVersion()).isNull();
    }

    @Test
    void shouldBeCalledReleaseAudit() {
        assertThat(new ReleaseAuditStep.DescriptorImpl(new Facade(true)).getFunctionName()).isEqualTo("releaseAudit");
    }

    @Test
    void shouldAnswerFormRequestsOnlyByPost() {
        Set<String> endpoints = new LinkedHashSet<>();
        for (Method method : ReleaseAuditStep.DescriptorImpl.class.getMethods()) {
            if (method.getName().startsWith("doFill") || method.getName().startsWith("doCheck")) {
                endpoints.add(method.getName());
                assertThat(method.isAnnotationPresent(POST.class)).as(method.getName()).isTrue();
                assertThat(method.getParameterTypes()[0]).as(method.getName()).isEqualTo(Item.class);
            }
        }
        assertThat(endpoints).contains("doFillJiraCredentialsIdItems", "doFillBitbucketCredentialsIdItems",
                "doCheckMinCoverage");
    }

    @Test
    void shouldCheckOnlyForUsersWhoMayConfigure() {
        assertThat(new ReleaseAuditStep.DescriptorImpl(new Facade(false)).doCheckMinCoverage(null, "7").kind)
                .isEqualTo(FormValidation.Kind.OK);
        ReleaseAuditStep.DescriptorImpl descriptor = new ReleaseAuditStep.DescriptorImpl(new Facade(true));
        assertThat(descriptor.doCheckMinCoverage(null, "7").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(descriptor.doCheckMinCoverage(null, "0.9").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(descriptor.doCheckJiraUrl(null, "http://jira").kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(descriptor.doCheckBitbucketUrl(null, "ftp://bb").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(descriptor.doCheckBitbucketUrl(null, "https://api.bitbucket.org").kind)
                .isEqualTo(FormValidation.Kind.OK);
    }

    @Test
    void shouldOfferEveryParameterButUseWorkspaceGitInTheSnippetGenerator() throws IOException {
        String config;
        try (InputStream in = ReleaseAuditStep.class.getResourceAsStream("ReleaseAuditStep/config.jelly")) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> fields = new LinkedHashSet<>();
        Matcher field = Pattern.compile("field=\"(\\w+)\"").matcher(config);
        while (field.find()) {
            fields.add(field.group(1));
        }
        Set<String> expected = new LinkedHashSet<>(PARAMETERS.keySet());
        expected.remove("useWorkspaceGit");
        assertThat(fields).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static Object sample(String name, Class<?> type) {
        if (type == String.class) {
            return "v-" + name;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.TRUE;
        }
        return type == Integer.class ? (Object) 7 : (Object) 0.5;
    }

    /** Grants or denies every permission. */
    private static final class Facade extends JenkinsFacade {
        private final boolean granted;

        Facade(boolean granted) {
            this.granted = granted;
        }

        @Override
        boolean hasGlobalPermission(Permission permission) {
            return granted;
        }

        @Override
        boolean mayConfigure(Item item) {
            return granted;
        }

        @Override
        boolean mayListCredentials(Item item) {
            return granted;
        }
    }
}
