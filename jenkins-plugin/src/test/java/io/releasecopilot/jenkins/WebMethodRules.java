package io.releasecopilot.jenkins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rules read from the plugin's bytecode (jenkins-runtime-rules.md, "Credentials"), one problem a line:
 * <ul>
 *   <li>every form method ({@code doFill...Items}, {@code doCheck...}) answers POST only ({@code @POST}) and
 *       checks a permission ({@code hasPermission}/{@code checkPermission}) before answering, directly or through
 *       a method of the plugin it calls (an inherited one included); one about credentials
 *       ({@code ...CredentialsId...}) reads the permissions the credentials plugin documents: with an item
 *       parameter, {@code Item.EXTENDED_READ} or {@code CredentialsProvider.USE_ITEM}, and {@code Jenkins.ADMINISTER}
 *       outside an item; without one (a global configuration's entry), {@code Jenkins.ADMINISTER};</li>
 *   <li>credentials are listed through the documented {@code includeMatchingAs} (with the task's authentication or
 *       {@code ACL.SYSTEM2}), never through {@code includeMatching}, which looks them up as the current user and
 *       finds no global or folder credentials.</li>
 * </ul>
 */
final class WebMethodRules {

    private static final Set<String> PERMISSION_CHECKS = Set.of("hasPermission", "hasPermission2",
            "hasAnyPermission", "checkPermission", "checkAnyPermission");

    /** Calls by method ({@code owner.name+desc}), for the plugin's own methods. */
    private final Map<String, List<String>> calls = new HashMap<>();
    private final Map<String, Set<String>> annotations = new HashMap<>();
    /** Static fields read, by method. */
    private final Map<String, Set<String>> fields = new HashMap<>();
    /** The superclass of each of the plugin's classes. */
    private final Map<String, String> superclasses = new HashMap<>();
    private final List<String> formMethods = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    WebMethodRules(Map<String, byte[]> classes) {
        classes.forEach((name, bytes) -> new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String type, String signature, String superName,
                    String[] interfaces) {
                superclasses.put(type, superName);
            }

            @Override
            public MethodVisitor visitMethod(int access, String method, String desc, String signature,
                    String[] exceptions) {
                String id = name + "." + method + desc;
                List<String> called = calls.computeIfAbsent(id, k -> new ArrayList<>());
                Set<String> annotated = annotations.computeIfAbsent(id, k -> new TreeSet<>());
                Set<String> read = fields.computeIfAbsent(id, k -> new TreeSet<>());
                if ((access & Opcodes.ACC_PUBLIC) != 0 && (access & Opcodes.ACC_SYNTHETIC) == 0
                        && (method.startsWith("doFill") || method.startsWith("doCheck"))) {
                    formMethods.add(id);
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        annotated.add(annotation);
                        return null;
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String owner, String field, String fieldDesc) {
                        if (opcode == Opcodes.GETSTATIC) {
                            read.add(owner + "." + field);
                        }
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String callee, String calleeDesc,
                            boolean itf) {
                        called.add(owner + "." + callee + calleeDesc);
                    }
                };
            }
        }, ClassReader.SKIP_FRAMES));
    }

    /** Checks the rules; the problems are left in {@link #problems}. */
    WebMethodRules check() {
        for (String method : formMethods) {
            if (!annotations.get(method).contains("Lorg/kohsuke/stapler/verb/POST;")) {
                problems.add(method + " answers GET: it lacks @POST");
            }
            if (!checksPermission(method, new HashSet<>())) {
                problems.add(method + " checks no permission");
            }
            if (method.contains("CredentialsId")) {
                Set<String> read = new TreeSet<>();
                readFields(method, new HashSet<>(), read);
                boolean itemRead = read.contains("hudson/model/Item.EXTENDED_READ")
                        || read.contains("com/cloudbees/plugins/credentials/CredentialsProvider.USE_ITEM");
                boolean administer = read.contains("jenkins/model/Jenkins.ADMINISTER");
                if (!method.contains("Lhudson/model/Item;")) {
                    if (!administer) {
                        problems.add(method + " takes no item and does not check Jenkins.ADMINISTER");
                    }
                } else if (!itemRead || !administer) {
                    problems.add(method + " does not check Item.EXTENDED_READ or CredentialsProvider.USE_ITEM,"
                            + " and Jenkins.ADMINISTER outside an item");
                }
            }
        }
        boolean listsAs = false;
        for (Map.Entry<String, List<String>> method : calls.entrySet()) {
            for (String call : method.getValue()) {
                String name = call.substring(call.lastIndexOf('.', call.indexOf('(')) + 1, call.indexOf('('));
                if (name.equals("includeMatching")) {
                    problems.add(method.getKey() + " lists credentials as the current user: " + call);
                }
                listsAs |= name.equals("includeMatchingAs");
            }
        }
        if (!formMethods.isEmpty() && !listsAs) {
            problems.add("no credentials are listed through includeMatchingAs");
        }
        return this;
    }

    /** Collects the static fields the method and the plugin methods it calls read. */
    private void readFields(String called, Set<String> seen, Set<String> read) {
        String method = resolve(called);
        if (seen.add(method) && calls.containsKey(method)) {
            read.addAll(fields.get(method));
            calls.get(method).forEach(call -> readFields(call, seen, read));
        }
    }

    /** Whether the method, or a plugin method it calls (followed through the class path given), checks one. */
    private boolean checksPermission(String called, Set<String> seen) {
        String method = resolve(called);
        if (!seen.add(method) || !calls.containsKey(method)) {
            return false;
        }
        for (String call : calls.get(method)) {
            String name = call.substring(call.lastIndexOf('.', call.indexOf('(')) + 1, call.indexOf('('));
            if (PERMISSION_CHECKS.contains(name) || checksPermission(call, seen)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the plugin method a call runs: javac names the receiver's class as the owner, so a call of an inherited
     * method names a subclass; the declaration is looked up its plugin superclasses, as the JVM does.
     */
    private String resolve(String call) {
        int dot = call.lastIndexOf('.', call.indexOf('('));
        String owner = call.substring(0, dot);
        String member = call.substring(dot);
        while (!calls.containsKey(owner + member) && superclasses.containsKey(owner)) {
            owner = superclasses.get(owner);
        }
        return calls.containsKey(owner + member) ? owner + member : call;
    }
}
