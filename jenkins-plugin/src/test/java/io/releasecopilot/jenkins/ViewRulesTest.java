package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every view and help file of the plugin, read from the sources, follows {@link ViewRules} and parses as the XML
 * Jelly reads; the step's form offers every parameter and each has a help file. Each rule is shown to fail on a
 * broken input.
 */
class ViewRulesTest {

    private static final String ESCAPE = "<?jelly escape-by-default='true'?>\n";

    @Test
    void shouldKeepEveryViewToTheRulesJenkinsApplies() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> views = files(".jelly");
        for (Path view : views) {
            ConfigJelly.parse(view);
            problems.addAll(ViewRules.jelly(view.toString(), Files.readString(view, StandardCharsets.UTF_8)));
        }
        for (Path help : files(".html")) {
            problems.addAll(ViewRules.html(help.toString(), Files.readString(help, StandardCharsets.UTF_8)));
        }
        assertThat(views).hasSizeGreaterThanOrEqualTo(8);
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldRejectALabelWithProseInParentheses() {
        assertThat(ViewRules.jelly("config.jelly", ESCAPE + "<f:entry title=\"${%Branches (comma-separated)}\"/>"))
                .containsExactly("config.jelly: ${%Branches (comma-separated)} has parentheses, which Stapler"
                        + " reads as message arguments");
        assertThat(ViewRules.jelly("config.jelly", ESCAPE + "<f:entry title=\"${%Branches, separated by commas}\"/>"))
                .isEmpty();
    }

    @Test
    void shouldRejectAViewWithoutEscapingOrWithInlineScript() {
        assertThat(ViewRules.jelly("a.jelly", "<j:jelly/>")).singleElement().asString()
                .contains("escape-by-default");
        assertThat(ViewRules.jelly("b.jelly", ESCAPE + "<j:out value=\"${it.html}\"/>")).singleElement().asString()
                .contains("unescaped");
        assertThat(ViewRules.jelly("c.jelly", ESCAPE + "<button onclick=\"go()\"/><script>go()</script>"))
                .hasSize(2);
        assertThat(ViewRules.html("d.html", "<a href=\"javascript:go()\">go</a>")).hasSize(1);
        assertThat(ViewRules.html("e.html", "<script src=\"x.js\"></script>")).isEmpty();
    }

    @Test
    void shouldOfferEveryParameterInTheFormWithAHelpFile() throws IOException {
        Set<String> parameters = StructsModel.of(ReleaseAuditStep.class).parameters().keySet();

        assertThat(coverage(parameters)).isEmpty();
        assertThat(parameters).contains("useWorkspaceGit", "scope", "noHtml", "allowIncomplete");
    }

    @Test
    void shouldNameAParameterMissingFromTheFormOrItsHelp() throws IOException {
        Set<String> parameters = new TreeSet<>(StructsModel.of(ReleaseAuditStep.class).parameters().keySet());
        parameters.add("dryRun");

        assertThat(coverage(parameters)).containsExactly("dryRun: not in config.jelly",
                "dryRun: no help-dryRun.html");
    }

    @Test
    void shouldHaveASetterForEveryFieldOfTheForm() throws IOException {
        assertThat(StructsModel.of(ReleaseAuditStep.class).parameters().keySet())
                .containsAll(ConfigJelly.emptyForm().keySet());
    }

    /** Returns, for each parameter, what it lacks: an entry of config.jelly, a non-empty help file. */
    private static List<String> coverage(Set<String> parameters) throws IOException {
        Set<String> fields = ConfigJelly.emptyForm().keySet();
        List<String> problems = new ArrayList<>();
        for (String parameter : parameters) {
            if (!fields.contains(parameter)) {
                problems.add(parameter + ": not in config.jelly");
            }
            Path help = ConfigJelly.STEP.resolve("help-" + parameter + ".html");
            if (!Files.isRegularFile(help) || Files.readString(help, StandardCharsets.UTF_8).isBlank()) {
                problems.add(parameter + ": no help-" + parameter + ".html");
            }
        }
        return problems;
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(ConfigJelly.VIEWS)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
