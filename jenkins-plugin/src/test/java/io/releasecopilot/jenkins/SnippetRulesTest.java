package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The Snippet Generator and structs rules (through {@link StructsModel} and {@link StaplerFormModel}) hold for
 * {@code releaseAudit}, and each check fails on a step built the way this one used to be.
 */
class SnippetRulesTest {

    @Test
    void shouldPrintNothingForADefaultStepOrAFieldLeftEmpty() {
        assertThat(SnippetRules.defaults(ReleaseAuditStep.class)).isEmpty();
    }

    @Test
    void shouldCatchAnOutputThatAnEmptyFieldTurnsOff() {
        assertThat(SnippetRules.defaults(NullMeansOff.class))
                .containsExactly("json left empty prints {json=null}");
    }

    @Test
    void shouldRoundTripEveryParameterAloneAndAllTogether() {
        assertThat(SnippetRules.roundTrip(ReleaseAuditStep.class, SnippetRulesTest::sameOptions)).isEmpty();
        assertThat(StructsModel.of(ReleaseAuditStep.class).parameters()).hasSize(62)
                .containsKeys("jiraSource", "mirrorTable", "mirrorMaxAge", "acceptStaleMirror", "allowIncomplete");
    }

    @Test
    void shouldCatchAParameterThatDoesNotComeBack() {
        assertThat(SnippetRules.roundTrip(LossyList.class, (a, b) -> a.projects.equals(b.projects)))
                .anySatisfy(problem -> assertThat(problem).startsWith("{projects=[a-projects, b-projects]} prints"
                        + " {projects=a-projects,b-projects}"))
                .anySatisfy(problem -> assertThat(problem).contains("ClassCastException"));
    }

    @Test
    void shouldBindPipelineValuesTheWayStructsCoercesThem() {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("projects", List.of("APP", "MOB"));
        call.put("jiraFlavor", "DATACENTER");
        call.put("scope", Map.of("env", "prod"));
        call.put("maxOrphanShare", 1);
        call.put("exemptions", List.of("merges", "message:^chore\\(deps, build\\)"));

        ReleaseAuditStep step = StructsModel.of(ReleaseAuditStep.class).instantiate(call);

        assertThat(step.getProjects()).containsExactly("APP", "MOB");
        assertThat(step.getJiraFlavor()).isEqualTo(Flavor.DATACENTER);
        assertThat(step.getScope()).containsExactly(Map.entry("env", "prod"));
        assertThat(step.getMaxOrphanShare()).isEqualTo(1.0);
        assertThat(step.getExemptions()).containsExactly("merges", "message:^chore\\(deps, build\\)");
        assertThatThrownBy(() -> StructsModel.of(ReleaseAuditStep.class).instantiate(Map.of("jiraFlavor", "cloud")))
                .hasMessageContaining("No enum constant");
        assertThatThrownBy(() -> StructsModel.of(ReleaseAuditStep.class).instantiate(Map.of("repos", "portal")))
                .isInstanceOf(ClassCastException.class).hasMessageContaining("received class java.lang.String");
    }

    @Test
    void shouldGenerateNoParameterFromAnEmptySnippetGeneratorForm() throws Exception {
        Map<String, Object> form = ConfigJelly.emptyForm();
        assertThat(form).containsKeys("jiraFlavor", "scope", "useWorkspaceGit", "projects", "noHtml");

        StepForm.prepare(form);
        ReleaseAuditStep step = StaplerFormModel.bind(ReleaseAuditStep.class, form);

        assertThat(StructsModel.of(ReleaseAuditStep.class).uninstantiate(step)).isEmpty();
    }

    @Test
    void shouldFailToBindAnEmptyFormThatIsNotPrepared() throws Exception {
        assertThatThrownBy(() -> StaplerFormModel.bind(ReleaseAuditStep.class, ConfigJelly.emptyForm()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StaplerFormModel.bind(ReleaseAuditStep.class,
                new LinkedHashMap<>(Map.of("jiraFlavor", ""))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No enum constant");
        assertThatThrownBy(() -> StaplerFormModel.bind(ReleaseAuditStep.class,
                new LinkedHashMap<>(Map.of("scope", "env=prod"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Unable to convert to interface java.util.Map");
    }

    @Test
    void shouldRejectAScopeLineThatIsNotKeyEqualsValue() {
        Map<String, Object> form = new LinkedHashMap<>(Map.of("scope", "env=prod\nteam"));

        assertThatThrownBy(() -> StepForm.prepare(form)).hasMessage("scope: 'team' is not KEY=VALUE");
    }

    @Test
    void shouldGenerateTheListsMapsAndEnumsAUserTypesIntoTheForm() throws Exception {
        Map<String, Object> form = ConfigJelly.emptyForm();
        form.put("projects", "APP, MOB");
        form.put("exemptions", "merges\nmessage:^chore\\(deps, build\\)");
        form.put("scope", "env=prod\nteam = payments");
        form.put("jiraFlavor", "DATACENTER");
        form.put("useWorkspaceGit", "false");
        form.put("maxOrphanCommits", "3");
        form.put("json", "out/audit.json");
        form.put("noXlsx", true);

        Map<String, String> scope = StepForm.prepare(form);
        ReleaseAuditStep step = StaplerFormModel.bind(ReleaseAuditStep.class, form);
        step.setScope(scope);

        Map<String, Object> expected = new TreeMap<>();
        expected.put("projects", List.of("APP", "MOB"));
        expected.put("exemptions", List.of("merges", "message:^chore\\(deps, build\\)"));
        expected.put("scope", Map.of("env", "prod", "team", "payments"));
        expected.put("jiraFlavor", "DATACENTER");
        expected.put("useWorkspaceGit", false);
        expected.put("maxOrphanCommits", 3);
        expected.put("json", "out/audit.json");
        expected.put("noXlsx", true);
        assertThat(StructsModel.of(ReleaseAuditStep.class).uninstantiate(step)).isEqualTo(expected);
    }

    private static boolean sameOptions(ReleaseAuditStep a, ReleaseAuditStep b) {
        try {
            assertThat(a.options()).usingRecursiveComparison().isEqualTo(b.options());
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    /** An output whose empty field means "off", as json did before: the default is a path, null turns it off. */
    public static final class NullMeansOff {
        private String json = "release-audit/audit.json";

        @DataBoundConstructor
        public NullMeansOff() {
        }

        public String getJson() {
            return json;
        }

        @DataBoundSetter
        public void setJson(String value) {
            json = value;
        }
    }

    /** A list parameter that comes back as text. */
    public static final class LossyList {
        private String projects = "";

        @DataBoundConstructor
        public LossyList() {
        }

        public String getProjects() {
            return projects;
        }

        @DataBoundSetter
        public void setProjects(List<String> value) {
            projects = String.join(",", value);
        }
    }
}
