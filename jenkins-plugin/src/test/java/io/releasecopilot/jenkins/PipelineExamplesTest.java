package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.CodeVisitorSupport;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.Phases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parses every Jenkinsfile of example-pipelines/ with Groovy (to the conversion phase: syntax, no class
 * resolution) and checks that each named argument passed to {@code releaseAudit} is a real step parameter, as
 * Jenkins binds them: a {@code @DataBoundConstructor} parameter or a {@code @DataBoundSetter}.
 */
class PipelineExamplesTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("example.pipelines",
            Path.of("..", "example-pipelines").toString()));
    private static final Set<String> PARAMETERS = StepParameters.of(ReleaseAuditStep.class).keySet();

    static List<Path> jenkinsfiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(EXAMPLES)) {
            listing.filter(f -> f.getFileName().toString().endsWith("Jenkinsfile")).sorted().forEach(files::add);
        }
        Path root = EXAMPLES.resolveSibling("Jenkinsfile");
        if (Files.exists(root)) {
            files.add(root);
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        return files;
    }

    @ParameterizedTest
    @MethodSource("jenkinsfiles")
    void shouldPassOnlyRealStepParametersToReleaseAudit(Path jenkinsfile) throws IOException {
        List<List<String>> calls = releaseAuditCalls(jenkinsfile);

        if (!jenkinsfile.getFileName().toString().equals("Jenkinsfile")) {
            assertThat(calls).as("%s calls releaseAudit", jenkinsfile).isNotEmpty();
        }
        for (List<String> names : calls) {
            assertThat(names).as("%s: named arguments of releaseAudit", jenkinsfile).isNotEmpty()
                    .allSatisfy(name -> assertThat(PARAMETERS).as(jenkinsfile + ": " + name).contains(name));
        }
    }

    /** Returns the named arguments of each releaseAudit call; positional arguments fail the test. */
    private static List<List<String>> releaseAuditCalls(Path jenkinsfile) throws IOException {
        CompilationUnit unit = new CompilationUnit();
        unit.addSource(jenkinsfile.getFileName().toString(), Files.readString(jenkinsfile, StandardCharsets.UTF_8));
        unit.compile(Phases.CONVERSION);
        List<List<String>> calls = new ArrayList<>();
        CodeVisitorSupport visitor = new CodeVisitorSupport() {
            @Override
            public void visitMethodCallExpression(MethodCallExpression call) {
                if ("releaseAudit".equals(call.getMethodAsString())) {
                    calls.add(namedArguments(call.getArguments(), jenkinsfile));
                }
                super.visitMethodCallExpression(call);
            }
        };
        for (ModuleNode module : unit.getAST().getModules()) {
            module.getStatementBlock().visit(visitor);
            for (ClassNode type : module.getClasses()) {
                for (MethodNode method : type.getMethods()) {
                    if (method.getCode() != null) {
                        method.getCode().visit(visitor);
                    }
                }
            }
        }
        return calls;
    }

    private static List<String> namedArguments(Expression arguments, Path jenkinsfile) {
        List<String> names = new ArrayList<>();
        List<Expression> expressions = arguments instanceof TupleExpression tuple ? tuple.getExpressions()
                : List.of(arguments);
        for (Expression expression : expressions) {
            if (expression instanceof MapExpression map) {
                for (MapEntryExpression entry : map.getMapEntryExpressions()) {
                    names.add(entry.getKeyExpression().getText());
                }
            } else {
                throw new AssertionError(jenkinsfile + ": releaseAudit takes named arguments only, not "
                        + expression.getText() + (arguments instanceof ArgumentListExpression ? "" : ""));
            }
        }
        return names;
    }
}
