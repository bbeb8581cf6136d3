package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.security.Permission;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The global configuration's entry forms: checks and credentials for administrators only. */
class SiteDescriptorTest {

    /** A Jenkins whose global store holds the credential {@code jira-token}. */
    private static final class FakeJenkins extends JenkinsFacade {
        private final boolean admin;
        final List<String> lookups = new ArrayList<>();

        FakeJenkins(boolean admin) {
            this.admin = admin;
        }

        @Override
        boolean hasGlobalPermission(Permission permission) {
            return admin;
        }

        @Override
        ListBoxModel systemCredentials(String url, String current) {
            lookups.add(url);
            ListBoxModel model = new ListBoxModel();
            model.add("- none -", "");
            model.add("jira-token", "jira-token");
            return model;
        }
    }

    @Test
    void shouldCheckUrlsNamesAndCredentialsForAnAdministrator() {
        FakeJenkins jenkins = new FakeJenkins(true);
        JiraSite.DescriptorImpl descriptor = new JiraSite.DescriptorImpl(jenkins);

        assertThat(descriptor.doCheckUrl("ftp://x").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(descriptor.doCheckUrl("").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(descriptor.doCheckUrl("http://jira.example").kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(descriptor.doCheckUrl("https://jira.example").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(descriptor.doCheckName(" ").kind).isEqualTo(FormValidation.Kind.ERROR);
        assertThat(descriptor.doCheckCredentialsId("https://jira.example", "jira-token").kind)
                .isEqualTo(FormValidation.Kind.OK);
        FormValidation missing = descriptor.doCheckCredentialsId("https://jira.example", "gone");
        assertThat(missing.kind).isEqualTo(FormValidation.Kind.WARNING);
        assertThat(missing.getMessage()).contains("'gone'");
        assertThat(descriptor.doFillCredentialsIdItems("https://jira.example", "jira-token"))
                .extracting(option -> option.value).containsExactly("", "jira-token");
        assertThat(jenkins.lookups).containsOnly("https://jira.example");
    }

    @Test
    void shouldListAndCheckNothingForOthers() {
        FakeJenkins jenkins = new FakeJenkins(false);
        BitbucketServer.DescriptorImpl descriptor = new BitbucketServer.DescriptorImpl(jenkins);

        assertThat(descriptor.doCheckUrl("ftp://x").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(descriptor.doCheckCredentialsId("u", "gone").kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(descriptor.doFillCredentialsIdItems("u", "current"))
                .extracting(option -> option.value).containsExactly("current");
        assertThat(jenkins.lookups).isEmpty();
    }
}
