package io.releasecopilot.jenkinsapi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The machine-readable list of the real Jenkins declarations: types with their kinds, generics and supertypes,
 * and members with their JVM descriptors. It is derived from jenkins-signatures.md and its supplement
 * ({@link #derive()}) and committed as {@value #TSV} so the plugin's build can check its bytecode against it.
 */
public final class SignatureList {

    /** The classpath resource of the committed list. */
    public static final String TSV = "io/releasecopilot/jenkinsapi/jenkins-signatures.tsv";
    static final String MARKDOWN = "io/releasecopilot/jenkinsapi/jenkins-signatures.md";
    static final String SUPPLEMENT = "io/releasecopilot/jenkinsapi/jenkins-signatures-supplement.md";
    private static final String HEADER = "# Derived from jenkins-signatures.md and jenkins-signatures-supplement.md by"
            + " DeriveSignatureList; do not edit. Columns: T name kind modifiers typeParameters superclass interfaces"
            + " annotations | M/F/C owner name descriptor modifiers typeParameters";

    private final Map<String, TypeSig> types;
    private final Map<String, List<MemberSig>> members;

    SignatureList(Map<String, TypeSig> types, Map<String, List<MemberSig>> members) {
        this.types = new LinkedHashMap<>(types);
        this.members = new LinkedHashMap<>();
        members.forEach((owner, list) -> this.members.put(owner, List.copyOf(list)));
    }

    /** Derives the list from the two Markdown documents on the classpath. */
    public static SignatureList derive() {
        return SignatureMarkdown.parse(List.of(lines(MARKDOWN), lines(SUPPLEMENT)));
    }

    /** Reads the committed list from the classpath. */
    public static SignatureList load() {
        Map<String, TypeSig> types = new LinkedHashMap<>();
        Map<String, List<MemberSig>> members = new LinkedHashMap<>();
        for (String line : lines(TSV)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f[0].equals("T")) {
                types.put(f[1], new TypeSig(f[1], f[2], set(f[3]), f[4], f[5], list(f[6]), list(f[7])));
                members.put(f[1], new ArrayList<>());
            } else {
                String kind = switch (f[0]) {
                    case "M" -> "method";
                    case "F" -> "field";
                    default -> "constructor";
                };
                members.get(f[1]).add(new MemberSig(f[1], kind, f[2], f[3], set(f[4]), f[5]));
            }
        }
        return new SignatureList(types, members);
    }

    /** Returns the list as the lines of the committed file. */
    public List<String> toLines() {
        List<String> out = new ArrayList<>();
        out.add(HEADER);
        for (TypeSig t : types.values()) {
            out.add(String.join("\t", "T", t.name(), t.kind(), join(t.modifiers(), ","), t.typeParameters(),
                    t.superclass(), String.join(";", t.interfaces()), String.join(";", t.annotations())));
            for (MemberSig m : members.get(t.name())) {
                String tag = switch (m.kind()) {
                    case "method" -> "M";
                    case "field" -> "F";
                    default -> "C";
                };
                out.add(String.join("\t", tag, m.owner(), m.name(), m.descriptor(), join(m.modifiers(), ","),
                        m.typeParameters()));
            }
        }
        return out;
    }

    /** Returns the type with this binary name, if the list has it. */
    public Optional<TypeSig> type(String binaryName) {
        return Optional.ofNullable(types.get(binaryName));
    }

    /** Returns every type of the list. */
    public List<TypeSig> types() {
        return List.copyOf(types.values());
    }

    /** Returns the members declared by a type (none for an unknown type). */
    public List<MemberSig> declared(String owner) {
        return members.getOrDefault(owner, List.of());
    }

    /** Returns the member declared by {@code owner} with this name and descriptor, if any. */
    public Optional<MemberSig> declared(String owner, String name, String descriptor) {
        return declared(owner).stream()
                .filter(m -> m.name().equals(name) && m.descriptor().equals(descriptor))
                .findFirst();
    }

    /**
     * Maps a type name as the list prints it in supertypes ({@code hudson.FilePath.FileCallable},
     * {@code Comparable}) to a binary name ({@code hudson.FilePath$FileCallable}, {@code java.lang.Comparable}).
     */
    public String binaryName(String printed) {
        if (!printed.contains(".")) {
            return "java.lang." + printed;
        }
        String candidate = printed;
        while (candidate.contains(".")) {
            if (types.containsKey(candidate)) {
                return candidate;
            }
            int dot = candidate.lastIndexOf('.');
            candidate = candidate.substring(0, dot) + "$" + candidate.substring(dot + 1);
        }
        return printed;
    }

    /** Returns the binary names of the direct supertypes: the superclass first, then the interfaces. */
    public List<String> directSupertypes(String binaryName) {
        TypeSig type = types.get(binaryName);
        if (type == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (type.superclassName() != null) {
            out.add(binaryName(type.superclassName()));
        }
        type.interfaceNames().forEach(name -> out.add(binaryName(name)));
        return out;
    }

    /** Returns every supertype reachable through the list, the type itself first; unknown types end a path. */
    public Set<String> supertypes(String binaryName) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(binaryName));
        while (!todo.isEmpty()) {
            String next = todo.poll();
            if (seen.add(next)) {
                todo.addAll(directSupertypes(next));
            }
        }
        return seen;
    }

    /**
     * Finds a member as the JVM resolves a reference: in the owner, then its superclasses, then its
     * superinterfaces. Returns the member found, or empty.
     */
    public Optional<MemberSig> resolve(String owner, String name, String descriptor) {
        for (String type : supertypes(owner)) {
            Optional<MemberSig> found = declared(type, name, descriptor);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static List<String> lines(String resource) {
        try (InputStream in = SignatureList.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static String join(Set<String> values, String separator) {
        return String.join(separator, values.stream().sorted().toList());
    }

    private static Set<String> set(String text) {
        return text.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(text.split(",")));
    }

    private static List<String> list(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(";"));
    }
}
