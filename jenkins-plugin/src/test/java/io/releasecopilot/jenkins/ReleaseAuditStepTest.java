package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Item;
import hudson.security.Permission;
import hudson.util.FormValidation;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.verb.POST;

class ReleaseAuditStepTest {

    private static final Map<String, Method> PARAMETERS = StructsModel.of(ReleaseAuditStep.class).parameters();

    @Test
    void shouldStoreEveryParameterOnceInTheOptions() {
        assertThat(PARAMETERS).hasSize(62).containsKeys("id", "fixVersion", "jiraCredentialsId", "minCoverage",
                "markOnlyOnFailure", "offline", "cacheDir", "upload", "html", "noHtml", "useWorkspaceGit",
                "jiraCloudId", "pullRequests", "jiraSite", "bitbucketServer", "jiraSource", "mirrorTable",
                "mirrorMaxAge", "acceptStaleMirror", "allowIncomplete");
        Map<String, Object> all = new TreeMap<>();
        PARAMETERS.forEach((name, setter) -> all.put(name,
                SnippetRules.sample(name, setter.getGenericParameterTypes()[0])));

        ReleaseAuditStep step = StructsModel.of(ReleaseAuditStep.class).instantiate(all);

        assertThat(step.options().limits).hasSize(12);
        assertThat(step.options().jiraUrl).isEqualTo("v-jiraUrl");
        assertThat(step.options().repos).containsExactly("a-repos", "b-repos");
        assertThat(step.options().bitbucketFlavor).isEqualTo(Flavor.DATACENTER);
        assertThat(step.options().noMarkdown).isTrue();
        assertThat(step.options().jiraSource).isEqualTo(IssueSource.MIRROR);
        assertThat(step.options().mirrorTable).isEqualTo("v-mirrorTable");
        assertThat(step.options().mirrorMaxAge).isEqualTo("v-mirrorMaxAge");
        assertThat(step.options().acceptStaleMirror).isTrue();
    }

    @Test
    void shouldSplitTheTextOfAFormFieldIntoListItems() {
        ReleaseAuditStep step = new ReleaseAuditStep();
        step.setProjects(List.of("APP, MOB\nWEB", " "));
        step.setExemptions(List.of("message:^chore\\(deps, build\\)\nmerges"));
        step.setBranches(List.of(" ", ""));

        assertThat(step.getProjects()).containsExactly("APP", "MOB", "WEB");
        assertThat(step.getExemptions()).containsExactly("message:^chore\\(deps, build\\)", "merges");
        assertThat(step.getBranches()).isNull();
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
    void shouldLeaveTheDefaultsToTheMappingSoNullMeansDefault() {
        ReleaseAuditStep step = new ReleaseAuditStep();
        assertThat(step.getCacheDir()).isNull();
        assertThat(step.getJson()).isNull();
        assertThat(step.isNoJson()).isFalse();
        assertThat(step.isOffline()).isFalse();
        assertThat(step.getMinCoverage()).isNull();
        step.setFixVersion("  ");
        assertThat(step.getFixVersion()).isNull();
        step.setScope(Map.of());
        assertThat(step.getScope()).isNull();
    }

    @Test
    void shouldShowListsAndMapsInTheFormAsTheyAreTyped() {
        ReleaseAuditStep.DescriptorImpl descriptor = new ReleaseAuditStep.DescriptorImpl(new Facade(true));
        Map<String, String> scope = new LinkedHashMap<>();
        scope.put("env", "prod");
        scope.put("team", "payments");

        assertThat(descriptor.itemsText(List.of("APP", "MOB"))).isEqualTo("APP, MOB");
        assertThat(descriptor.itemsText(null)).isEmpty();
        assertThat(descriptor.linesText(scope)).isEqualTo("env=prod\nteam=payments");
        assertThat(descriptor.linesText(List.of("merges", "message:a,b"))).isEqualTo("merges\nmessage:a,b");
        assertThat(ListParameters.pairs(descriptor.linesText(scope), "scope")).isEqualTo(scope);
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
                "doCheckJiraCredentialsId", "doCheckBitbucketCredentialsId", "doCheckMinCoverage");
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
        assertThat(new ReleaseAuditStep.DescriptorImpl(new Facade(false))
                .doCheckJiraCredentialsId(null, "https://jira", "unknown").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(descriptor.doCheckJiraCredentialsId(null, "https://jira", " ").kind)
                .isEqualTo(FormValidation.Kind.OK);
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
