package io.releasecopilot.jenkinsapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code java} code blocks of jenkins-signatures.md (and its supplement): a type header per line, then
 * its members indented below it, each ending with {@code // <JVM name and descriptor>}. Diff blocks are skipped:
 * they describe later versions, not the ones the plugin targets.
 */
public final class SignatureMarkdown {

    private static final Pattern MEMBER = Pattern.compile("^(.*;)\\s+//\\s+(\\S+)\\s*$");
    private static final Set<String> MODIFIERS = Set.of("public", "protected", "private", "static", "final",
            "abstract", "default", "synchronized", "native", "transient", "volatile", "sealed", "non-sealed");
    private static final Set<String> JAVA_LANG = Set.of("Deprecated", "FunctionalInterface", "Override",
            "SafeVarargs", "SuppressWarnings");
    private static final Set<String> KINDS = Set.of("class", "interface", "enum", "@interface");

    private final Map<String, TypeSig> types = new LinkedHashMap<>();
    private final Map<String, List<MemberSig>> members = new LinkedHashMap<>();

    private SignatureMarkdown() {
    }

    /** Parses the given documents in order; a later header of an already known type only adds members. */
    public static SignatureList parse(List<List<String>> documents) {
        SignatureMarkdown parser = new SignatureMarkdown();
        for (List<String> lines : documents) {
            parser.read(lines);
        }
        return new SignatureList(parser.types, parser.members);
    }

    private void read(List<String> lines) {
        boolean inJava = false;
        Deque<Object[]> open = new ArrayDeque<>();
        List<String> pendingAnnotations = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith("```")) {
                inJava = trimmed.equals("```java");
                open.clear();
                continue;
            }
            if (!inJava || trimmed.isEmpty() || trimmed.startsWith("//") || trimmed.equals("}")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            while (!open.isEmpty() && (int) open.peek()[0] >= indent) {
                open.pop();
            }
            Matcher member = MEMBER.matcher(trimmed);
            if (member.matches()) {
                String owner = (String) open.peek()[1];
                addMember(owner, member.group(1), member.group(2));
            } else if (isHeader(trimmed)) {
                String name = addType(String.join(" ", pendingAnnotations) + " " + trimmed);
                pendingAnnotations.clear();
                open.push(new Object[] {indent, name});
            } else if (trimmed.startsWith("@")) {
                pendingAnnotations.add(trimmed);
            } else {
                throw new IllegalArgumentException("cannot read line: " + line);
            }
        }
    }

    private static boolean isHeader(String line) {
        for (String token : stripAnnotations(line, null).split("\\s+")) {
            if (KINDS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private String addType(String header) {
        List<String> annotations = new ArrayList<>();
        String rest = stripAnnotations(header, annotations).strip();
        if (rest.endsWith("{")) {
            rest = rest.substring(0, rest.length() - 1).strip();
        }
        Set<String> modifiers = new LinkedHashSet<>();
        String kind = null;
        int pos = 0;
        while (kind == null) {
            int space = rest.indexOf(' ', pos);
            String token = rest.substring(pos, space);
            pos = space + 1;
            if (KINDS.contains(token)) {
                kind = token.equals("@interface") ? "annotation" : token;
            } else if (MODIFIERS.contains(token)) {
                modifiers.add(token);
            } else {
                throw new IllegalArgumentException("unexpected '" + token + "' in " + header);
            }
        }
        int end = pos;
        while (end < rest.length() && rest.charAt(end) != '<' && rest.charAt(end) != ' ') {
            end++;
        }
        String name = rest.substring(pos, end);
        String typeParameters = "";
        if (end < rest.length() && rest.charAt(end) == '<') {
            int close = GenericText.closing(rest, end);
            typeParameters = GenericText.normalise(rest.substring(end, close));
            end = close;
        }
        String tail = rest.substring(end).strip();
        String superclass = "";
        List<String> interfaces = new ArrayList<>();
        int implementsAt = tail.indexOf("implements ");
        String extendsPart = implementsAt < 0 ? tail : tail.substring(0, implementsAt).strip();
        if (implementsAt >= 0) {
            interfaces.addAll(types(tail.substring(implementsAt + "implements ".length())));
        }
        if (extendsPart.startsWith("extends ")) {
            List<String> supers = types(extendsPart.substring("extends ".length()));
            if (kind.equals("interface")) {
                interfaces.addAll(0, supers);
            } else {
                superclass = supers.get(0);
            }
        }
        if (kind.equals("class") && superclass.isEmpty()) {
            superclass = "Object";
        } else if (kind.equals("enum")) {
            superclass = "Enum<" + name.replace('$', '.') + ">";
        } else if (kind.equals("annotation")) {
            interfaces.add("java.lang.annotation.Annotation");
        }
        if (!types.containsKey(name)) {
            types.put(name, new TypeSig(name, kind, modifiers, typeParameters, superclass, interfaces,
                    annotationFacts(annotations)));
            members.put(name, new ArrayList<>());
        }
        return name;
    }

    private static List<String> types(String list) {
        return GenericText.splitTopLevel(list).stream().map(GenericText::normalise).toList();
    }

    private void addMember(String owner, String declaration, String jvm) {
        List<String> annotations = new ArrayList<>();
        String rest = stripAnnotations(declaration, annotations).strip();
        Set<String> modifiers = new LinkedHashSet<>();
        if (rest.startsWith("(public static final)")) {
            modifiers.addAll(List.of("public", "static", "final"));
            rest = rest.substring("(public static final)".length()).strip();
        }
        while (true) {
            int space = rest.indexOf(' ');
            if (space < 0 || !MODIFIERS.contains(rest.substring(0, space))) {
                break;
            }
            modifiers.add(rest.substring(0, space));
            rest = rest.substring(space + 1).strip();
        }
        String typeParameters = "";
        if (rest.startsWith("<")) {
            int close = GenericText.closing(rest, 0);
            typeParameters = GenericText.normalise(rest.substring(0, close));
        }
        TypeSig type = types.get(owner);
        if (type.isInterface() && !modifiers.contains("private")) {
            modifiers.add("public");
        }
        String kind;
        String name;
        String descriptor;
        int paren = jvm.indexOf('(');
        if (paren < 0) {
            kind = "field";
            String head = rest.substring(0, rest.length() - 1).strip();
            name = head.substring(head.lastIndexOf(' ') + 1);
            descriptor = jvm;
            if (type.isInterface()) {
                modifiers.addAll(List.of("static", "final"));
            }
        } else {
            name = jvm.substring(0, paren);
            descriptor = jvm.substring(paren);
            kind = name.equals("<init>") ? "constructor" : "method";
            if (rest.matches("(?s).*\\)\\s*(throws [^;]*)?\\s*default .*;$")) {
                modifiers.add("hasDefault");
            }
        }
        members.get(owner).add(new MemberSig(owner, kind, name, descriptor, modifiers, typeParameters));
    }

    /** Returns the text without its annotations; each annotation's text is added to {@code found}. */
    static String stripAnnotations(String text, List<String> found) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '@' && !text.startsWith("@interface", i)) {
                int end = i + 1;
                while (end < text.length()
                        && (Character.isJavaIdentifierPart(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
                if (end < text.length() && text.charAt(end) == '(') {
                    end = GenericText.closing(text, end);
                }
                if (found != null) {
                    found.add(text.substring(i, end));
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().replaceAll("\\s+", " ");
    }

    private static List<String> annotationFacts(List<String> annotations) {
        List<String> facts = new ArrayList<>();
        for (String annotation : annotations) {
            int paren = annotation.indexOf('(');
            String name = (paren < 0 ? annotation : annotation.substring(0, paren)).substring(1);
            String args = paren < 0 ? "" : annotation.substring(paren + 1, annotation.length() - 1);
            if (name.endsWith("Retention")) {
                facts.add("Retention=" + lastIdentifier(args));
            } else if (name.endsWith("annotation.Target") || name.equals("Target")) {
                List<String> targets = new ArrayList<>();
                for (String target : GenericText.splitTopLevel(args.replace("{", "").replace("}", ""))) {
                    targets.add(lastIdentifier(target));
                }
                facts.add("Target=" + String.join("|", targets.stream().sorted().toList()));
            } else {
                facts.add(name.contains(".") ? name : JAVA_LANG.contains(name) ? "java.lang." + name
                        : "java.lang.annotation." + name);
            }
        }
        return facts;
    }

    private static String lastIdentifier(String text) {
        String[] parts = text.strip().split("[.$?]");
        return parts[parts.length - 1];
    }
}
