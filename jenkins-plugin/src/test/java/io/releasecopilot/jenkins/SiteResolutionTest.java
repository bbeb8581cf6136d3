package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.AbortException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How Manage Jenkins → Release Copilot applies to a step ({@link SiteResolution}). */
class SiteResolutionTest {

    private final ReleaseCopilotConfiguration config = new ReleaseCopilotConfiguration(false);

    SiteResolutionTest() {
        JiraSite cloud = new JiraSite("cloud", "https://acme.atlassian.net");
        cloud.setCredentialsId("jira-token");
        cloud.setCloudId("cloud-id");
        cloud.setDefaultSite(true);
        JiraSite dc = new JiraSite("dc", "https://jira.acme.example");
        dc.setFlavor(Flavor.DATACENTER);
        dc.setCredentialsId("jira-pat");
        BitbucketServer bitbucket = new BitbucketServer("bb", "https://bitbucket.acme.example");
        bitbucket.setFlavor(Flavor.DATACENTER);
        bitbucket.setCredentialsId("bb-token");
        bitbucket.setWorkspace("PROJ");
        config.setJiraSites(List.of(cloud, dc));
        config.setBitbucketServers(List.of(bitbucket));
    }

    @Test
    void shouldApplyTheNamedSite() throws AbortException {
        StepOptions step = new StepOptions();
        step.jiraSite = "dc";
        step.bitbucketServer = "bb";

        StepOptions o = SiteResolution.resolve(step, config);

        assertThat(o.jiraUrl).isEqualTo("https://jira.acme.example");
        assertThat(o.jiraFlavor).isEqualTo(Flavor.DATACENTER);
        assertThat(o.jiraCredentialsId).isEqualTo("jira-pat");
        assertThat(o.jiraCloudId).isNull();
        assertThat(o.bitbucketUrl).isEqualTo("https://bitbucket.acme.example");
        assertThat(o.bitbucketFlavor).isEqualTo(Flavor.DATACENTER);
        assertThat(o.bitbucketCredentialsId).isEqualTo("bb-token");
        assertThat(o.workspace).isEqualTo("PROJ");
        assertThat(step.jiraUrl).as("the step's own options are unchanged").isNull();
    }

    @Test
    void shouldLetTheStepsParametersWin() throws AbortException {
        StepOptions step = new StepOptions();
        step.jiraSite = "dc";
        step.jiraCredentialsId = "my-own";
        step.jiraFlavor = Flavor.CLOUD;
        step.bitbucketServer = "bb";
        step.workspace = "OTHER";

        StepOptions o = SiteResolution.resolve(step, config);

        assertThat(o.jiraUrl).isEqualTo("https://jira.acme.example");
        assertThat(o.jiraCredentialsId).isEqualTo("my-own");
        assertThat(o.jiraFlavor).isEqualTo(Flavor.CLOUD);
        assertThat(o.workspace).isEqualTo("OTHER");
        assertThat(o.bitbucketCredentialsId).isEqualTo("bb-token");
    }

    @Test
    void shouldFallBackToTheDefaultOnlyWhenTheStepChoseNoUrl() throws AbortException {
        StepOptions none = SiteResolution.resolve(new StepOptions(), config);
        StepOptions ownUrl = new StepOptions();
        ownUrl.jiraUrl = "https://elsewhere.example";

        StepOptions o = SiteResolution.resolve(ownUrl, config);

        assertThat(none.jiraUrl).isEqualTo("https://acme.atlassian.net");
        assertThat(none.jiraCredentialsId).isEqualTo("jira-token");
        assertThat(none.jiraCloudId).isEqualTo("cloud-id");
        assertThat(none.bitbucketUrl).as("no Bitbucket server is marked default").isNull();
        assertThat(o.jiraUrl).isEqualTo("https://elsewhere.example");
        assertThat(o.jiraCredentialsId).as("the default site's credentials never go to another URL").isNull();
    }

    @Test
    void shouldFailInOneLineOnANameThatIsNotConfigured() {
        StepOptions step = new StepOptions();
        step.jiraSite = "nope";

        assertThatThrownBy(() -> SiteResolution.resolve(step, config)).isInstanceOf(AbortException.class)
                .hasMessage("[releaseAudit] jiraSite 'nope' is not configured in Manage Jenkins > System > "
                        + "Release Copilot (configured: cloud, dc)");
        StepOptions server = new StepOptions();
        server.bitbucketServer = "x";
        assertThatThrownBy(() -> SiteResolution.resolve(server, config))
                .hasMessageStartingWith("[releaseAudit] bitbucketServer 'x' is not configured");
    }

    @Test
    void shouldTakeThePolicyFromTheStepThenTheDefaultFileThenTheYaml() throws AbortException {
        config.setDefaultPolicyYaml("gate:\n  minCoverage: 0.9\n");
        StepOptions step = new StepOptions();

        assertThat(SiteResolution.resolve(step, config).policyYaml).isEqualTo("gate:\n  minCoverage: 0.9\n");
        config.setDefaultPolicyFile("policy.yaml");
        StepOptions fromFile = SiteResolution.resolve(step, config);
        assertThat(fromFile.policyFile).isEqualTo("policy.yaml");
        assertThat(fromFile.policyYaml).isNull();
        step.policyFile = "mine.yaml";
        StepOptions own = SiteResolution.resolve(step, config);
        assertThat(own.policyFile).isEqualTo("mine.yaml");
        assertThat(own.policyYaml).isNull();
    }
}
