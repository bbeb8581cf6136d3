package io.releasecopilot.jenkins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rules of jenkins-runtime-rules.md that a running Jenkins would apply to the plugin and that only its bytecode
 * shows, checked on class files: no JVM environment read (the build's environment comes from the step's
 * context), every {@code TransientActionFactory} narrows {@code actionType()}, every web method of an action
 * that serves data checks a permission first, and every exported property of an action reaches {@code api/json}.
 */
final class RuntimeRules {

    /** The calls that count as a permission check in a web method. */
    private static final List<String> PERMISSION_CHECKS = List.of("hasPermission", "checkPermission",
            "io/releasecopilot/jenkins/JenkinsFacade.may", "io/releasecopilot/jenkins/ReportAccess.");

    private final Map<String, byte[]> classes;

    RuntimeRules(Map<String, byte[]> classes) {
        this.classes = new TreeMap<>(classes);
    }

    /** Reads the compiled plugin classes ({@code target/classes}). */
    static RuntimeRules ofPlugin() {
        Path root = Path.of("target", "classes");
        Map<String, byte[]> classes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/').replaceAll("\\.class$", "");
                classes.put(name, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuntimeRules(classes);
    }

    /** Returns how many classes were read. */
    int size() {
        return classes.size();
    }

    /** Returns the methods ({@code Class.method}) that call {@code System.getenv}. */
    List<String> environmentReads() {
        List<String> found = new ArrayList<>();
        classes.forEach((name, bytes) -> methods(bytes, (method, calls) -> {
            if (calls.stream().anyMatch(call -> call.startsWith("java/lang/System.getenv"))) {
                found.add(name + "." + method);
            }
        }));
        return found;
    }

    /** Returns the direct subclasses of {@code TransientActionFactory} that do not override {@code actionType()}. */
    List<String> factoriesWithoutActionType() {
        List<String> found = new ArrayList<>();
        classes.forEach((name, bytes) -> {
            ClassReader reader = new ClassReader(bytes);
            if ("jenkins/model/TransientActionFactory".equals(reader.getSuperName())) {
                List<String> declared = new ArrayList<>();
                methods(bytes, (method, calls) -> declared.add(method));
                if (!declared.contains("actionType()Ljava/lang/Class;")) {
                    found.add(name);
                }
            }
        });
        return found;
    }

    /**
     * Returns the web methods ({@code doXxx} of a class that implements an action interface) that do not call a
     * permission check themselves.
     */
    List<String> unguardedWebMethods() {
        List<String> found = new ArrayList<>();
        classes.forEach((name, bytes) -> {
            ClassReader reader = new ClassReader(bytes);
            if (List.of(reader.getInterfaces()).stream().noneMatch(i -> i.equals("hudson/model/Action")
                    || i.equals("jenkins/model/RunAction2"))) {
                return;
            }
            methods(bytes, (method, calls) -> {
                if (method.matches("do[A-Z].*") && calls.stream()
                        .noneMatch(call -> PERMISSION_CHECKS.stream().anyMatch(check -> call.contains(check)))) {
                    found.add(name + "." + method);
                }
            });
        });
        return found;
    }

    /**
     * Returns the {@code @Exported} members of the action classes that a build's {@code api/json} would prune:
     * an action is a nested object there, shown only to visibility 2 or more (explicit, or the bean's default).
     */
    static List<String> prunedExports(Class<?>... actions) {
        List<String> found = new ArrayList<>();
        for (Class<?> action : actions) {
            ExportedBean bean = action.getAnnotation(ExportedBean.class);
            int byDefault = bean == null ? 1 : Math.max(1, bean.defaultVisibility());
            for (Method method : action.getDeclaredMethods()) {
                Exported exported = method.getAnnotation(Exported.class);
                if (exported != null && (exported.visibility() > 0 ? exported.visibility() : byDefault) < 2) {
                    found.add(action.getSimpleName() + "." + method.getName());
                }
            }
        }
        return found;
    }

    /** Visits each public method with the calls it makes ({@code owner.name(descriptor)}). */
    private static void methods(byte[] bytes, MethodCalls visitor) {
        new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                if ((access & Opcodes.ACC_PUBLIC) == 0 || (access & Opcodes.ACC_SYNTHETIC) != 0) {
                    return null;
                }
                List<String> calls = new ArrayList<>();
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String callee, String desc, boolean itf) {
                        calls.add(owner + "." + callee + desc);
                    }

                    @Override
                    public void visitEnd() {
                        visitor.accept(name + descriptor, calls);
                    }
                };
            }
        }, ClassReader.SKIP_FRAMES);
    }

    private interface MethodCalls {
        void accept(String method, List<String> calls);
    }
}
