package io.releasecopilot.jenkins;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Checks the bundled bytecode against the libraries the declared API plugins ship, as a JVM would link it in
 * Jenkins: every class a checked class names must be bundled, in the JDK, in Jenkins (left to
 * {@link JenkinsReferences}) or in one of those library jars at exactly the plugin's version; every method and
 * field must resolve there with the static-ness and class-or-interface kind the instruction assumes, and a class
 * created with {@code new} must be concrete. The plugin's jar and the bundled core are checked whole; other
 * bundled classes of ours (the AWS module) as far as the checked classes reach them, which is what a JVM loads.
 */
final class LibraryReferences {

    private static final List<String> JDK = List.of("java/", "javax/", "jdk/", "sun/", "com/sun/", "org/w3c/",
            "org/xml/", "org/ietf/");
    /** What Jenkins core itself provides to every plugin besides its own classes: the Servlet 5 API. */
    private static final List<String> CORE_LIBRARIES = List.of("jakarta/servlet/");
    /** A member that resolves in Jenkins, which {@link JenkinsReferences} checks. */
    private static final int IN_JENKINS = -1;

    private static final Map<Path, Map<String, ClassFile>> JARS = new HashMap<>();

    private final Map<String, ClassFile> bundled = new HashMap<>();
    private final Map<String, ClassFile> libraries = new HashMap<>();
    private final Map<String, String> libraryJar = new HashMap<>();
    final List<String> problems = new ArrayList<>();
    final TreeSet<String> checked = new TreeSet<>();
    final TreeSet<String> checkedClasses = new TreeSet<>();

    /**
     * @param bundled   every class of the .hpi's jars, by internal name
     * @param libraries the library jars of the declared API plugins, each with a label naming plugin and jar
     */
    LibraryReferences(Map<String, byte[]> bundled, Map<Path, String> libraries) throws IOException {
        bundled.forEach((name, bytes) -> this.bundled.put(name, ClassFile.read(bytes, true)));
        for (Map.Entry<Path, String> library : libraries.entrySet()) {
            for (Map.Entry<String, ClassFile> type : read(library.getKey()).entrySet()) {
                this.libraries.put(type.getKey(), type.getValue());
                libraryJar.put(type.getKey(), library.getValue());
            }
        }
    }

    /** The classes of a library jar, read once per test JVM. */
    private static synchronized Map<String, ClassFile> read(Path jarFile) throws IOException {
        Map<String, ClassFile> classes = JARS.get(jarFile);
        if (classes == null) {
            classes = new HashMap<>();
            try (InputStream in = Files.newInputStream(jarFile); ZipInputStream jar = new ZipInputStream(in)) {
                for (ZipEntry e = jar.getNextEntry(); e != null; e = jar.getNextEntry()) {
                    String name = e.getName();
                    if (name.endsWith(".class") && !name.startsWith("META-INF/")
                            && !name.endsWith("module-info.class")) {
                        classes.put(name.substring(0, name.length() - ".class".length()),
                                ClassFile.read(jar.readAllBytes(), false));
                    }
                }
            }
            JARS.put(jarFile, classes);
        }
        return classes;
    }

    /**
     * Checks the roots and every bundled class they reach that {@code follow} accepts.
     *
     * @param roots  internal names of the classes checked whole
     * @param follow which reached bundled classes are checked too
     */
    void check(Set<String> roots, Predicate<String> follow) {
        Deque<String> queue = new ArrayDeque<>(roots);
        Set<String> seen = new HashSet<>(roots);
        while (!queue.isEmpty()) {
            String name = queue.poll();
            checkedClasses.add(name);
            List<String> reached = new ArrayList<>();
            new ClassReader(bundled.get(name).bytes).accept(new Visitor(name, reached), 0);
            for (String next : reached) {
                if (bundled.containsKey(next) && follow.test(next) && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
    }

    private static boolean inJdk(String internalName) {
        return JDK.stream().anyMatch(internalName::startsWith);
    }

    /** Only libraries and bundled jars are checked here: the JDK is the JVM's, Jenkins is JenkinsReferences'. */
    private static boolean outOfScope(String internalName) {
        return inJdk(internalName) || JenkinsReferences.isJenkins(internalName)
                || CORE_LIBRARIES.stream().anyMatch(internalName::startsWith);
    }

    private Optional<ClassFile> find(String internalName) {
        ClassFile file = bundled.get(internalName);
        return Optional.ofNullable(file != null ? file : libraries.get(internalName));
    }

    private String origin(String internalName) {
        return libraryJar.getOrDefault(internalName, "the .hpi");
    }

    /** Checks that a type exists; returns it, or empty when it is out of scope or missing (then reported). */
    private Optional<ClassFile> typeUse(String internalName, String where, Boolean mustBeInterface,
            boolean instantiated) {
        Type type = Type.getObjectType(internalName);
        String element = type.getSort() == Type.ARRAY ? type.getElementType().getInternalName() : internalName;
        if (type.getSort() == Type.ARRAY && type.getElementType().getSort() != Type.OBJECT || outOfScope(element)) {
            return Optional.empty();
        }
        Optional<ClassFile> file = find(element);
        if (file.isEmpty()) {
            problems.add(where + ": " + element + " is in no bundled jar and in no library of the declared plugins");
            return file;
        }
        if (libraries.containsKey(element)) {
            checked.add("type " + element);
        }
        ClassFile found = file.get();
        if (mustBeInterface != null && mustBeInterface != found.isInterface()) {
            problems.add(where + ": " + element + " is " + (found.isInterface() ? "an interface" : "a class")
                    + " in " + origin(element));
        }
        if (instantiated && (found.isInterface() || (found.access & Opcodes.ACC_ABSTRACT) != 0)) {
            problems.add(where + ": cannot instantiate " + element + " of " + origin(element));
        }
        return file;
    }

    private void memberUse(int opcode, String owner, String name, String descriptor, boolean itf, String where) {
        if (owner.startsWith("[") || outOfScope(owner)) {
            return;
        }
        boolean field = opcode == Opcodes.GETFIELD || opcode == Opcodes.PUTFIELD || opcode == Opcodes.GETSTATIC
                || opcode == Opcodes.PUTSTATIC;
        boolean isStatic = opcode == Opcodes.INVOKESTATIC || opcode == Opcodes.GETSTATIC
                || opcode == Opcodes.PUTSTATIC;
        Optional<ClassFile> type = typeUse(owner, where, field ? null : itf, false);
        if (type.isEmpty()) {
            return;
        }
        String ref = owner + (field ? "." + name + ":" : "." + name) + descriptor;
        Optional<Integer> access = name.equals("<init>")
                ? Optional.ofNullable(type.get().methods.get(name + descriptor))
                : resolve(owner, name + descriptor, field, new HashSet<>());
        if (libraries.containsKey(owner) || access.isEmpty()) {
            checked.add((isStatic ? "static " : "") + (field ? "field " : "method ") + ref);
        }
        if (access.isEmpty()) {
            problems.add(where + ": " + ref + " does not exist in " + origin(owner));
        } else if (access.get() != IN_JENKINS && ((access.get() & Opcodes.ACC_STATIC) != 0) != isStatic) {
            problems.add(where + ": " + ref + " is " + (isStatic ? "an instance member" : "static") + " in "
                    + origin(owner));
        }
    }

    /** Resolves a member through the class, its superclasses and superinterfaces, into the JDK if need be. */
    private Optional<Integer> resolve(String owner, String member, boolean field, Set<String> visited) {
        if (!visited.add(owner)) {
            return Optional.empty();
        }
        if (inJdk(owner)) {
            return resolveInJdk(owner, member, field);
        }
        if (outOfScope(owner)) {
            return Optional.of(IN_JENKINS);
        }
        Optional<ClassFile> file = find(owner);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Integer own = (field ? file.get().fields : file.get().methods).get(member);
        if (own != null) {
            return Optional.of(own);
        }
        List<String> supers = new ArrayList<>();
        if (file.get().superName != null) {
            supers.add(file.get().superName);
        }
        supers.addAll(file.get().interfaces);
        for (String superType : supers) {
            Optional<Integer> found = resolve(superType, member, field, visited);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> resolveInJdk(String owner, String member, boolean field) {
        Class<?> type;
        try {
            type = Class.forName(owner.replace('/', '.'), false, ClassLoader.getPlatformClassLoader());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        Deque<Class<?>> queue = new ArrayDeque<>(List.of(type));
        while (!queue.isEmpty()) {
            Class<?> c = queue.poll();
            if (field) {
                for (Field f : c.getDeclaredFields()) {
                    if (member.equals(f.getName() + Type.getDescriptor(f.getType()))) {
                        return Optional.of(Modifier.isStatic(f.getModifiers()) ? Opcodes.ACC_STATIC : 0);
                    }
                }
            } else {
                for (Method m : c.getDeclaredMethods()) {
                    if (member.equals(m.getName() + Type.getMethodDescriptor(m))) {
                        return Optional.of(Modifier.isStatic(m.getModifiers()) ? Opcodes.ACC_STATIC : 0);
                    }
                }
            }
            Stream.concat(Stream.ofNullable(c.getSuperclass()), Stream.of(c.getInterfaces())).forEach(queue::add);
        }
        return Optional.empty();
    }

    /** Checks each reference of one class and collects the classes it reaches. */
    private final class Visitor extends ReferenceWalker {
        private final List<String> reached;

        Visitor(String className, List<String> reached) {
            super(className);
            this.reached = reached;
        }

        @Override
        void typeUse(String internalName, String where, Boolean mustBeInterface, boolean instantiated) {
            LibraryReferences.this.typeUse(internalName, where, mustBeInterface, instantiated);
        }

        @Override
        void memberUse(int opcode, String owner, String name, String descriptor, boolean itf, String where) {
            LibraryReferences.this.memberUse(opcode, owner, name, descriptor, itf, where);
        }

        @Override
        void reach(String internalName) {
            reached.add(internalName);
        }
    }

    /** A class's kind, supertypes and declared members with their access flags. */
    private static final class ClassFile {
        final byte[] bytes;
        int access;
        String superName;
        List<String> interfaces = List.of();
        final Map<String, Integer> methods = new HashMap<>();
        final Map<String, Integer> fields = new HashMap<>();

        private ClassFile(byte[] bytes) {
            this.bytes = bytes;
        }

        /** Reads the class; keeps its bytes when they are to be checked. */
        static ClassFile read(byte[] bytes, boolean keep) {
            ClassFile file = new ClassFile(keep ? bytes : null);
            new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public void visit(int version, int access, String name, String signature, String superName,
                        String[] interfaces) {
                    file.access = access;
                    file.superName = superName;
                    file.interfaces = List.of(interfaces);
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    file.methods.put(name + descriptor, access);
                    return null;
                }

                @Override
                public FieldVisitor visitField(int access, String name, String descriptor, String signature,
                        Object value) {
                    file.fields.put(name + descriptor, access);
                    return null;
                }
            }, ClassReader.SKIP_CODE);
            return file;
        }

        boolean isInterface() {
            return (access & Opcodes.ACC_INTERFACE) != 0;
        }
    }
}
