package io.releasecopilot.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.CodeVisitorSupport;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.ListExpression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.Phases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parses every Jenkinsfile of example-pipelines/ with Groovy (to the conversion phase: syntax, no class
 * resolution) and checks that each named argument passed to {@code releaseAudit} is a real step parameter, as
 * Jenkins binds them: a {@code @DataBoundConstructor} parameter or a {@code @DataBoundSetter}, and that a literal
 * value has the shape structs can bind ({@link StructsModel}): a list literal for a list parameter, a map literal
 * for a map, the name of a constant for an enum.
 */
class PipelineExamplesTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("example.pipelines",
            Path.of("..", "example-pipelines").toString()));
    private static final Map<String, Method> PARAMETERS = StructsModel.of(ReleaseAuditStep.class).parameters();

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
        List<Map<String, Expression>> calls = releaseAuditCalls(jenkinsfile.getFileName().toString(),
                Files.readString(jenkinsfile, StandardCharsets.UTF_8));

        if (!jenkinsfile.getFileName().toString().equals("Jenkinsfile")) {
            assertThat(calls).as("%s calls releaseAudit", jenkinsfile).isNotEmpty();
        }
        for (Map<String, Expression> arguments : calls) {
            assertThat(arguments).as("%s: named arguments of releaseAudit", jenkinsfile).isNotEmpty();
            assertThat(problems(arguments)).as(jenkinsfile.toString()).isEmpty();
        }
    }

    @Test
    void shouldRejectTheOldStringFormsOfListsMapsAndFlavors() {
        String script = "releaseAudit fixVersion: params.V, projects: 'APP, MOB', scope: 'env=prod',"
                + " jiraFlavor: 'cloud', bitbucketFlavor: 'DATACENTER', repos: ['portal'], branch: 'main'";

        assertThat(problems(releaseAuditCalls("Jenkinsfile", script).get(0))).containsExactly(
                "projects: a list parameter is given 'APP, MOB'; write ['APP', 'MOB']",
                "scope: a map parameter is given 'env=prod'; write [KEY: 'value']",
                "jiraFlavor: 'cloud' is none of [CLOUD, DATACENTER]",
                "branch: not a parameter of releaseAudit");
    }

    /** Returns what is wrong with the named arguments of one call, one line each. */
    private static List<String> problems(Map<String, Expression> arguments) {
        List<String> problems = new ArrayList<>();
        arguments.forEach((name, value) -> {
            Method setter = PARAMETERS.get(name);
            if (setter == null) {
                problems.add(name + ": not a parameter of releaseAudit");
                return;
            }
            Class<?> type = setter.getParameterTypes()[0];
            if (!(value instanceof ConstantExpression constant) || !(constant.getValue() instanceof String text)) {
                if (value instanceof ListExpression && type != List.class
                        || value instanceof MapExpression && type != Map.class) {
                    problems.add(name + ": a " + type.getSimpleName() + " parameter is given " + value.getText());
                }
                return;
            }
            if (type == List.class) {
                problems.add(name + ": a list parameter is given '" + text + "'; write ['APP', 'MOB']");
            } else if (type == Map.class) {
                problems.add(name + ": a map parameter is given '" + text + "'; write [KEY: 'value']");
            } else if (type.isEnum()) {
                List<String> constants = Stream.of(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
                if (!constants.contains(text)) {
                    problems.add(name + ": '" + text + "' is none of " + constants);
                }
            }
        });
        return problems;
    }

    /** Returns the named arguments of each releaseAudit call; positional arguments fail the test. */
    private static List<Map<String, Expression>> releaseAuditCalls(String name, String source) {
        CompilationUnit unit = new CompilationUnit();
        unit.addSource(name, source);
        unit.compile(Phases.CONVERSION);
        List<Map<String, Expression>> calls = new ArrayList<>();
        CodeVisitorSupport visitor = new CodeVisitorSupport() {
            @Override
            public void visitMethodCallExpression(MethodCallExpression call) {
                if ("releaseAudit".equals(call.getMethodAsString())) {
                    calls.add(namedArguments(call.getArguments(), name));
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

    private static Map<String, Expression> namedArguments(Expression arguments, String jenkinsfile) {
        Map<String, Expression> names = new LinkedHashMap<>();
        List<Expression> expressions = arguments instanceof TupleExpression tuple ? tuple.getExpressions()
                : List.of(arguments);
        for (Expression expression : expressions) {
            if (expression instanceof MapExpression map) {
                for (MapEntryExpression entry : map.getMapEntryExpressions()) {
                    names.put(entry.getKeyExpression().getText(), entry.getValueExpression());
                }
            } else {
                throw new AssertionError(jenkinsfile + ": releaseAudit takes named arguments only, not "
                        + expression.getText() + (arguments instanceof ArgumentListExpression ? "" : ""));
            }
        }
        return names;
    }
}
