package io.releasecopilot.jenkinsapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Compares every declaration of this module with the real one in the signature list: kind, modifiers, type
 * parameters and bounds, supertypes, and each non-private member's owner, static-ness, descriptor and generics.
 * A stub may leave out members and supertypes the plugin does not use; what it declares must be real.
 */
class StubDeclarationsTest {

    private static final Path CLASSES = Path.of("target", "classes");
    private static final Set<String> INDEXING = Set.of("net.java.sezpoz.Indexable",
            "org.jvnet.hudson.annotation_indexer.Indexed");

    private final SignatureList list = SignatureList.load();

    @Test
    void shouldDeclareOnlyRealTypesAndMembers() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Class<?>> stubs = stubClasses();
        assertThat(stubs).hasSizeGreaterThan(40);
        for (Class<?> stub : stubs) {
            Optional<TypeSig> real = list.type(stub.getName());
            if (real.isEmpty()) {
                problems.add(stub.getName() + ": not a type of the signature list");
                continue;
            }
            compareType(stub, real.get(), problems);
            compareMembers(stub, problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldHaveNoCompileTimeConstants() throws IOException {
        List<String> constants = new ArrayList<>();
        for (Path file : classFiles()) {
            try (InputStream in = Files.newInputStream(file)) {
                new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                    private String owner;

                    @Override
                    public void visit(int version, int access, String name, String signature, String superName,
                            String[] interfaces) {
                        owner = name;
                    }

                    @Override
                    public FieldVisitor visitField(int access, String name, String descriptor, String signature,
                            Object value) {
                        if (value != null) {
                            constants.add(owner + "." + name + " = " + value);
                        }
                        return null;
                    }
                }, ClassReader.SKIP_CODE);
            }
        }
        assertThat(constants).as("javac would inline these into the plugin").isEmpty();
    }

    @Test
    void shouldMetaAnnotateExtensionForSezpoz() {
        assertThat(hudson.Extension.class.getAnnotation(net.java.sezpoz.Indexable.class)).isNotNull();
        assertThat(hudson.Extension.class.getAnnotation(Retention.class).value())
                .isEqualTo(java.lang.annotation.RetentionPolicy.RUNTIME);
    }

    private void compareType(Class<?> stub, TypeSig real, List<String> problems) {
        String name = stub.getName();
        String kind = stub.isAnnotation() ? "annotation" : stub.isInterface() ? "interface"
                : stub.isEnum() ? "enum" : "class";
        check(problems, name, "kind", real.kind(), kind);
        if (kind.equals("class")) {
            check(problems, name, "abstract", real.modifiers().contains("abstract"),
                    Modifier.isAbstract(stub.getModifiers()));
            check(problems, name, "final", real.modifiers().contains("final"), Modifier.isFinal(stub.getModifiers()));
        }
        check(problems, name, "type parameters", real.typeParameters(), typeParameters(stub.getTypeParameters()));
        if (stub.getGenericSuperclass() != null && !kind.equals("enum")) {
            compareSuperclass(stub, real, problems);
        }
        List<String> directInterfaces = real.interfaces();
        for (Type iface : stub.getGenericInterfaces()) {
            String text = GenericText.normalise(iface.getTypeName());
            String raw = ((Class<?>) (iface instanceof Class<?> c ? c
                    : ((java.lang.reflect.ParameterizedType) iface).getRawType())).getName();
            Optional<String> direct = directInterfaces.stream()
                    .filter(i -> list.binaryName(GenericText.erasure(i)).equals(raw)).findFirst();
            if (direct.isPresent()) {
                check(problems, name, "interface " + raw, direct.get(), text);
            } else if (!list.supertypes(name).contains(raw)) {
                problems.add(name + ": " + raw + " is not a real supertype");
            }
        }
        if (stub.isAnnotation()) {
            compareAnnotationType(stub, real, problems);
        }
    }

    private void compareSuperclass(Class<?> stub, TypeSig real, List<String> problems) {
        String raw = stub.getSuperclass().getName();
        String realRaw = list.binaryName(real.superclassName());
        if (raw.equals(realRaw)) {
            check(problems, stub.getName(), "superclass", real.superclass(),
                    GenericText.normalise(stub.getGenericSuperclass().getTypeName()));
            return;
        }
        List<String> chain = new ArrayList<>();
        for (String type = stub.getName(); list.type(type).isPresent(); ) {
            type = list.binaryName(list.type(type).get().superclassName());
            chain.add(type);
        }
        if (!raw.equals("java.lang.Object") && !chain.contains(raw)) {
            problems.add(stub.getName() + ": superclass " + raw + " is not in the real chain " + chain);
        }
    }

    private static void compareAnnotationType(Class<?> stub, TypeSig real, List<String> problems) {
        Set<String> facts = new TreeSet<>();
        for (Annotation meta : stub.getAnnotations()) {
            if (meta instanceof Retention retention) {
                facts.add("Retention=" + retention.value());
            } else if (meta instanceof Target target) {
                facts.add("Target=" + String.join("|", Arrays.stream(target.value()).map(ElementType::name)
                        .sorted().toList()));
            } else {
                facts.add(meta.annotationType().getName());
            }
        }
        for (String fact : facts) {
            if (!real.annotations().contains(fact)) {
                problems.add(stub.getName() + ": meta-annotation " + fact + " is not on the real type");
            }
        }
        for (String fact : real.annotations()) {
            if ((fact.startsWith("Retention=") || fact.startsWith("Target=") || INDEXING.contains(fact))
                    && !facts.contains(fact)) {
                problems.add(stub.getName() + ": lacks the real " + fact);
            }
        }
    }

    private void compareMembers(Class<?> stub, List<String> problems) {
        List<Member> members = new ArrayList<>();
        members.addAll(Arrays.asList(stub.getDeclaredConstructors()));
        members.addAll(Arrays.asList(stub.getDeclaredMethods()));
        members.addAll(Arrays.asList(stub.getDeclaredFields()));
        for (Member member : members) {
            int mod = member.getModifiers();
            if (member.isSynthetic() || Modifier.isPrivate(mod) || !Modifier.isPublic(mod) && !Modifier.isProtected(mod)
                    || stub.isEnum() && isEnumMandated(member)) {
                continue;
            }
            String jvmName = member instanceof Constructor<?> ? "<init>" : member.getName();
            String descriptor = descriptor(member);
            String where = stub.getName() + "." + jvmName + descriptor;
            Optional<MemberSig> real = list.declared(stub.getName(), jvmName, descriptor);
            if (real.isEmpty()) {
                problems.add(where + ": not a real member of " + stub.getName());
                continue;
            }
            Set<String> r = real.get().modifiers();
            check(problems, where, "static", r.contains("static"), Modifier.isStatic(mod));
            check(problems, where, "protected", r.contains("protected"), Modifier.isProtected(mod));
            if (!(member instanceof Constructor<?>)) {
                check(problems, where, "final", r.contains("final"), Modifier.isFinal(mod));
            }
            if (member instanceof Method method) {
                if (stub.isInterface()) {
                    check(problems, where, "default", r.contains("default"), method.isDefault());
                } else {
                    check(problems, where, "abstract", r.contains("abstract"), Modifier.isAbstract(mod));
                }
                if (stub.isAnnotation()) {
                    check(problems, where, "default value", r.contains("hasDefault"), method.getDefaultValue() != null);
                }
            }
            if (member instanceof Executable executable) {
                check(problems, where, "type parameters", real.get().typeParameters(),
                        typeParameters(executable.getTypeParameters()));
            }
        }
    }

    private static boolean isEnumMandated(Member member) {
        return member instanceof Method m && (m.getName().equals("values") && m.getParameterCount() == 0
                || m.getName().equals("valueOf") && m.getParameterCount() == 1);
    }

    private static String descriptor(Member member) {
        if (member instanceof Method method) {
            return org.objectweb.asm.Type.getMethodDescriptor(method);
        }
        if (member instanceof Constructor<?> constructor) {
            return org.objectweb.asm.Type.getConstructorDescriptor(constructor);
        }
        return org.objectweb.asm.Type.getDescriptor(((Field) member).getType());
    }

    /** Renders type parameters as the signature list prints them. */
    static String typeParameters(TypeVariable<?>[] variables) {
        if (variables.length == 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (TypeVariable<?> variable : variables) {
            List<String> bounds = Arrays.stream(variable.getBounds()).map(Type::getTypeName)
                    .filter(b -> !b.equals("java.lang.Object")).toList();
            parts.add(bounds.isEmpty() ? variable.getName()
                    : variable.getName() + " extends " + String.join(" & ", bounds));
        }
        return GenericText.normalise("<" + String.join(", ", parts) + ">");
    }

    private static void check(List<String> problems, String where, String what, Object real, Object stub) {
        if (!real.equals(stub)) {
            problems.add(where + ": " + what + " is " + stub + ", really " + real);
        }
    }

    private static List<Path> classFiles() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
        }
    }

    private static List<Class<?>> stubClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        for (Path file : classFiles()) {
            String name = CLASSES.relativize(file).toString().replace(java.io.File.separatorChar, '.')
                    .replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, StubDeclarationsTest.class.getClassLoader());
            if (!type.isAnonymousClass() && !type.isLocalClass() && !type.isSynthetic()) {
                classes.add(type);
            }
        }
        return classes;
    }
}
