package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import hudson.Extension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.junit.jupiter.api.Test;

/**
 * Configuration as Code: the YAML block of docs/jenkins.md binds onto the global configuration by the data-binding
 * rules of {@link DataBinding}, and describing the result gives exactly that block back.
 */
class ReleaseCopilotConfigurationTest {

    private static final Path DOC = Path.of("..", "docs", "jenkins.md");

    @Test
    void shouldBindTheDocumentedBlockAndDescribeItBackUnchanged() throws IOException {
        Map<String, Object> yaml = documentedBlock();
        Map<String, Object> attributes = releaseCopilot(yaml);

        ReleaseCopilotConfiguration config = new ReleaseCopilotConfiguration(false);
        DataBinding.configure(config, attributes);

        JiraSite cloud = new JiraSite("acme-cloud", "https://acme.atlassian.net");
        cloud.setCredentialsId("jira-api-token");
        cloud.setDefaultSite(true);
        JiraSite legacy = new JiraSite("legacy", "https://jira.acme.example");
        legacy.setFlavor(Flavor.DATACENTER);
        legacy.setCredentialsId("jira-dc-pat");
        BitbucketServer bitbucket = new BitbucketServer("bitbucket-cloud", "https://api.bitbucket.org");
        bitbucket.setCredentialsId("bitbucket-token");
        bitbucket.setWorkspace("acme");
        bitbucket.setDefaultServer(true);
        assertThat(config.getJiraSites()).containsExactly(cloud, legacy);
        assertThat(config.getBitbucketServers()).containsExactly(bitbucket);
        assertThat(config.getDefaultPolicyFile()).isEqualTo("release-policy.yaml");
        assertThat(config.getDefaultPolicyYaml()).isNull();

        assertThat(DataBinding.describeSingleton(config, new ReleaseCopilotConfiguration(false)))
                .isEqualTo(attributes);
    }

    @Test
    void shouldNotRoundTripABlockThatSpellsOutADefaultOrMisnamesAKey() throws IOException {
        Map<String, Object> attributes = releaseCopilot(new YAMLMapper().readValue("""
                unclassified:
                  releaseCopilot:
                    jiraSites:
                      - name: "a"
                        url: "https://a.example"
                        flavor: CLOUD
                """, new TypeReference<Map<String, Object>>() { }));
        ReleaseCopilotConfiguration config = new ReleaseCopilotConfiguration(false);
        DataBinding.configure(config, attributes);

        assertThat(DataBinding.describeSingleton(config, new ReleaseCopilotConfiguration(false)))
                .isNotEqualTo(attributes);
        assertThatThrownBy(() -> DataBinding.configure(new ReleaseCopilotConfiguration(false),
                Map.of("jiraSites", List.of(Map.of("name", "a", "url", "u", "default", true)))))
                .hasMessageContaining("Unknown parameter(s)").hasMessageEndingWith(": default");
    }

    @Test
    void shouldBeFoundUnderItsSymbolAsAnExtension() throws IOException {
        Map<String, Object> unclassified = map(documentedBlock().get("unclassified"));

        assertThat(ReleaseCopilotConfiguration.class.getAnnotation(Symbol.class).value())
                .containsExactly(unclassified.keySet().iterator().next());
        assertThat(ReleaseCopilotConfiguration.class.isAnnotationPresent(Extension.class)).isTrue();
        assertThat(JiraSite.DescriptorImpl.class.isAnnotationPresent(Extension.class)).isTrue();
        assertThat(BitbucketServer.DescriptorImpl.class.isAnnotationPresent(Extension.class)).isTrue();
    }

    @Test
    void shouldRoundTripEveryEntryProperty() {
        JiraSite site = new JiraSite("s", "https://jira.example");
        site.setFlavor(Flavor.DATACENTER);
        site.setCredentialsId("c");
        site.setCloudId("cloud-1");
        site.setDefaultSite(true);
        BitbucketServer server = new BitbucketServer("b", "https://bitbucket.example");
        server.setFlavor(Flavor.DATACENTER);
        server.setCredentialsId("c");
        server.setWorkspace("PROJ");
        server.setDefaultServer(true);

        assertThat(DataBinding.uninstantiate(site)).containsOnlyKeys("name", "url", "flavor", "credentialsId",
                "cloudId", "defaultSite");
        assertThat(DataBinding.instantiate(JiraSite.class, DataBinding.uninstantiate(site))).isEqualTo(site);
        assertThat(DataBinding.instantiate(BitbucketServer.class, DataBinding.uninstantiate(server)))
                .isEqualTo(server);
        assertThat(DataBinding.uninstantiate(new JiraSite("s", "u"))).isEqualTo(Map.of("name", "s", "url", "u"));
    }

    @Test
    void shouldRejectAKeyThatIsNoProperty() {
        assertThatThrownBy(() -> DataBinding.instantiate(JiraSite.class,
                Map.of("name", "s", "url", "u", "credentials", "c")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown parameter(s) found for class type 'io.releasecopilot.jenkins.JiraSite'")
                .hasMessageEndingWith(": credentials");
        assertThatThrownBy(() -> DataBinding.configure(new ReleaseCopilotConfiguration(false),
                Map.of("sites", List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sites");
        assertThatThrownBy(() -> DataBinding.instantiate(JiraSite.class, Map.of("name", "s", "flavor", "SERVER")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SERVER");
    }

    @Test
    void shouldNotRoundTripAPropertyWithoutGetterOrSetter() {
        // the model itself fails on a class whose property cannot be read back: the test above would catch a
        // setter added without its getter
        class WriteOnly {
            @org.kohsuke.stapler.DataBoundSetter
            public void setSecretThing(String value) {
            }
        }
        assertThatThrownBy(() -> DataBinding.describeSingleton(new WriteOnly(), new WriteOnly()))
                .hasMessageContaining("no getter for secretThing");
    }

    /** The first {@code yaml} block after the heading {@code ### Configuration as Code}. */
    static Map<String, Object> documentedBlock() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int heading = doc.indexOf("### Configuration as Code");
        assertThat(heading).as("the JCasC heading in %s", DOC).isNotNegative();
        int start = doc.indexOf("```yaml\n", heading) + "```yaml\n".length();
        int end = doc.indexOf("```", start);
        return new YAMLMapper().readValue(doc.substring(start, end), new TypeReference<Map<String, Object>>() { });
    }

    private static Map<String, Object> releaseCopilot(Map<String, Object> yaml) {
        return map(map(yaml.get("unclassified")).get("releaseCopilot"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
