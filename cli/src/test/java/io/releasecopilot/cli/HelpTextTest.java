package io.releasecopilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Issue 11 (minor): help texts wrap between words, never inside a file name or an abbreviation. */
class HelpTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"audit", "serve", "config", "health"})
    void shouldWrapEveryDescriptionBetweenWords(String command) {
        RcRun run = RcRun.of(command, "--help");
        String help = run.out();

        assertThat(run.exitCode()).isZero();
        assertThat(help.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(Rc.HELP_WIDTH));
        String joined = help.replaceAll("\\s*\\R\\s*", " ");
        CommandLine commandLine = new CommandLine(new Rc()).getSubcommands().get(command);
        for (OptionSpec option : commandLine.getCommandSpec().options()) {
            String description = String.join(" ", List.of(option.description()))
                    .replace("${DEFAULT-VALUE}", String.valueOf(option.defaultValue()));
            assertThat(joined).as(option.longestName()).contains(description);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit", "serve"})
    void shouldKeepTheSynopsisOnOneLine(String command) {
        StringWriter out = new StringWriter();
        Rc.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), command, "--help");

        assertThat(out.toString().lines().findFirst()).hasValueSatisfying(line ->
                assertThat(line).startsWith("Usage: rc " + command + " [OPTIONS]"));
    }
}
