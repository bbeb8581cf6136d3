package io.releasecopilot.jenkins;

import io.releasecopilot.jenkinsapi.MemberSig;
import io.releasecopilot.jenkinsapi.SignatureList;
import io.releasecopilot.jenkinsapi.TypeSig;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Checks every reference the plugin's bytecode makes to a Jenkins type against the real signatures: the type
 * exists with the kind the reference assumes (class or interface, instantiable for {@code new}), and every method
 * and field resolves, as the JVM resolves it, to a real member with that descriptor and static-ness. References
 * through the plugin's own classes (an inherited {@code getContext()}) are followed up into Jenkins types.
 */
final class JenkinsReferences {

    private static final List<String> JENKINS = List.of("hudson/", "jenkins/", "org/jenkinsci/", "com/cloudbees/",
            "org/kohsuke/", "org/jvnet/hudson/", "net/java/sezpoz/", "net/sf/json/",
            "org/springframework/security/");

    private final SignatureList list;
    private final Map<String, byte[]> pluginClasses;
    private final Map<String, ClassInfo> plugin = new java.util.HashMap<>();
    final List<String> problems = new ArrayList<>();
    final TreeSet<String> checked = new TreeSet<>();

    JenkinsReferences(SignatureList list, Map<String, byte[]> pluginClasses) {
        this.list = list;
        this.pluginClasses = pluginClasses;
        pluginClasses.forEach((name, bytes) -> plugin.put(name, ClassInfo.read(bytes)));
    }

    /** Checks every class; the problems and the references checked are left in the fields. */
    void check() {
        pluginClasses.forEach((name, bytes) -> new ClassReader(bytes).accept(new Visitor(name), 0));
    }

    static boolean isJenkins(String internalName) {
        return JENKINS.stream().anyMatch(internalName::startsWith);
    }

    private Optional<TypeSig> type(String internalName, String where) {
        Optional<TypeSig> type = list.type(internalName.replace('/', '.'));
        if (type.isEmpty()) {
            problems.add(where + ": " + internalName + " is not a type of the real signatures");
        }
        return type;
    }

    private void typeUse(String internalName, String where, Boolean mustBeInterface, boolean instantiated) {
        String element = Type.getObjectType(internalName).getSort() == Type.ARRAY
                ? Type.getObjectType(internalName).getElementType().getInternalName() : internalName;
        if (!isJenkins(element)) {
            return;
        }
        checked.add("type " + element);
        type(element, where).ifPresent(t -> {
            if (mustBeInterface != null && mustBeInterface != t.isInterface()) {
                problems.add(where + ": " + element + " is " + (t.isInterface() ? "an interface" : "a class"));
            }
            if (instantiated && (t.isInterface() || t.modifiers().contains("abstract"))) {
                problems.add(where + ": cannot instantiate " + element);
            }
        });
    }

    private void memberUse(int opcode, String owner, String name, String descriptor, boolean itf, String where) {
        boolean field = opcode == Opcodes.GETFIELD || opcode == Opcodes.PUTFIELD || opcode == Opcodes.GETSTATIC
                || opcode == Opcodes.PUTSTATIC;
        boolean isStatic = opcode == Opcodes.INVOKESTATIC || opcode == Opcodes.GETSTATIC
                || opcode == Opcodes.PUTSTATIC || opcode == Opcodes.H_INVOKESTATIC;
        String jenkinsOwner = owner;
        if (!isJenkins(owner)) {
            jenkinsOwner = firstJenkinsOwner(owner, name, descriptor, field);
            if (jenkinsOwner == null) {
                return;
            }
        } else if (!field) {
            typeUse(owner, where, itf, false);
        }
        String ref = jenkinsOwner + (field ? "." + name + ":" : "." + name) + descriptor;
        checked.add((isStatic ? "static " : "") + (field ? "field " : "method ") + ref);
        if (type(jenkinsOwner, where).isEmpty()) {
            return;
        }
        String binary = jenkinsOwner.replace('/', '.');
        Optional<MemberSig> member = name.equals("<init>") ? list.declared(binary, name, descriptor)
                : list.resolve(binary, name, descriptor);
        if (member.isEmpty() && !name.equals("<init>") && resolvesInJdk(binary, name, descriptor)) {
            return;
        }
        if (member.isEmpty()) {
            problems.add(where + ": " + ref + " does not exist in the real " + binary);
        } else if (member.get().isStatic() != isStatic) {
            problems.add(where + ": " + ref + " is " + (member.get().isStatic() ? "static" : "an instance member"));
        } else if (field != member.get().kind().equals("field")) {
            problems.add(where + ": " + ref + " is a " + member.get().kind());
        }
    }

    /** For a reference through a plugin class, returns the Jenkins supertype that declares the member, or null. */
    private String firstJenkinsOwner(String owner, String name, String descriptor, boolean field) {
        ClassInfo info = plugin.get(owner);
        if (info == null || info.declares(name, descriptor)) {
            return null;
        }
        List<String> supers = new ArrayList<>();
        if (info.superName != null) {
            supers.add(info.superName);
        }
        supers.addAll(info.interfaces);
        for (String superType : supers) {
            if (isJenkins(superType)) {
                if (list.resolve(superType.replace('/', '.'), name, descriptor).isPresent()) {
                    return superType;
                }
            } else {
                String found = firstJenkinsOwner(superType, name, descriptor, field);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Resolves a method inherited from a JDK supertype ({@code ArrayList.add}, {@code Object.toString}). */
    private boolean resolvesInJdk(String binary, String name, String descriptor) {
        List<String> candidates = new ArrayList<>(list.supertypes(binary).stream()
                .filter(type -> type.startsWith("java.")).toList());
        candidates.add("java.lang.Object");
        for (String jdk : candidates) {
            try {
                for (Method m : Class.forName(jdk).getMethods()) {
                    if (m.getName().equals(name) && Type.getMethodDescriptor(m).equals(descriptor)) {
                        return true;
                    }
                }
            } catch (ClassNotFoundException e) {
                // a JDK type the test JVM lacks: no match
            }
        }
        return false;
    }

    /** Checks each reference of one plugin class, and that it extends no final Jenkins class. */
    private final class Visitor extends ReferenceWalker {

        Visitor(String className) {
            super(className);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            super.visit(version, access, name, signature, superName, interfaces);
            if (superName != null && isJenkins(superName)) {
                list.type(superName.replace('/', '.')).filter(t -> t.modifiers().contains("final"))
                        .ifPresent(t -> problems.add(name + ": extends the final " + superName));
            }
        }

        @Override
        void typeUse(String internalName, String where, Boolean mustBeInterface, boolean instantiated) {
            JenkinsReferences.this.typeUse(internalName, where, mustBeInterface, instantiated);
        }

        @Override
        void memberUse(int opcode, String owner, String name, String descriptor, boolean itf, String where) {
            JenkinsReferences.this.memberUse(opcode, owner, name, descriptor, itf, where);
        }
    }

    /** The supertypes and declared members of a plugin class. */
    private record ClassInfo(String superName, List<String> interfaces, List<String> members) {

        static ClassInfo read(byte[] bytes) {
            ClassReader reader = new ClassReader(bytes);
            List<String> members = new ArrayList<>();
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    members.add(name + descriptor);
                    return null;
                }

                @Override
                public FieldVisitor visitField(int access, String name, String descriptor, String signature,
                        Object value) {
                    members.add(name + descriptor);
                    return null;
                }
            }, ClassReader.SKIP_CODE);
            return new ClassInfo(reader.getSuperName(), List.of(reader.getInterfaces()), members);
        }

        boolean declares(String name, String descriptor) {
            return members.contains(name + descriptor);
        }
    }
}
