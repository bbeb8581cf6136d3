package io.releasecopilot.source.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Test helpers: the committed fixture caches and small caches written into a temporary directory. */
final class Fixtures {

    static final String CLOUD_JIRA_PAGE = "{\"issues\":[{\"id\":\"10001\",\"self\":\"https://acme.atlassian.net/rest/api/3/issue/10001\","
            + "\"key\":\"ABC-1\",\"fields\":{\"summary\":\"one\",\"labels\":[]}}],\"isLast\":true}";
    static final String DC_JIRA_PAGE = "{\"startAt\":0,\"maxResults\":50,\"total\":1,\"issues\":[{\"id\":\"1\",\"key\":\"ABC-1\","
            + "\"fields\":{\"summary\":\"one\"}}]}";
    static final String CLOUD_COMMITS_PAGE = "{\"values\":[{\"hash\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\","
            + "\"date\":\"2025-09-01T10:00:00+00:00\",\"message\":\"ABC-1 one\",\"author\":{\"raw\":\"A <a@x>\"},"
            + "\"parents\":[]}],\"pagelen\":100}";
    static final String DC_COMMITS_PAGE = "{\"values\":[{\"id\":\"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\",\"displayId\":\"bbbbbbbbbbb\","
            + "\"author\":{\"name\":\"b\",\"emailAddress\":\"b@x\"},\"authorTimestamp\":1756720800000,"
            + "\"message\":\"ABC-1 one\",\"parents\":[]}],\"size\":1,\"isLastPage\":true,\"start\":0,\"limit\":25}";

    private Fixtures() {
    }

    /** Returns a committed fixture cache directory. */
    static Path dir(String name) {
        URL url = Fixtures.class.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a committed fixture cache into {@code target} and returns {@code target}. */
    static Path copy(String name, Path target) {
        Path source = dir(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.collect(Collectors.toList())) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Writes {@code content} to {@code dir/relative}, creating directories. */
    static Path write(Path dir, String relative, String content) {
        Path file = dir.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Writes a v1 cache: a manifest with the Jira pages {@code jira/page-0000N.json} and one repository
     * {@code portal} with ref {@code main} and the commit pages {@code bitbucket/portal/main/page-0000N.json}.
     */
    static Path v1(Path dir, String jiraFlavor, List<String> jiraPages, String repoFlavor, List<String> commitPages) {
        write(dir, "manifest.json", manifest(jiraFlavor, jiraPages.size(), repoFlavor, commitPages.size(), ""));
        for (int i = 0; i < jiraPages.size(); i++) {
            write(dir, jiraPage(i + 1), jiraPages.get(i));
        }
        for (int i = 0; i < commitPages.size(); i++) {
            write(dir, commitPage(i + 1), commitPages.get(i));
        }
        return dir;
    }

    /** Returns a manifest text; {@code extraRepoFields} is inserted into the repository object. */
    static String manifest(String jiraFlavor, int jiraPages, String repoFlavor, int commitPages,
            String extraRepoFields) {
        return "{\n  \"layout\": \"release-copilot-cache/v1\",\n  \"fixVersion\": \"2025.09.20\",\n"
                + "  \"jira\": {\"flavor\": \"" + jiraFlavor + "\", \"complete\": true, \"pages\": ["
                + pages(jiraPages, Fixtures::jiraPage) + "]},\n"
                + "  \"repositories\": [{\"name\": \"portal\", \"workspace\": \"acme\", \"flavor\": \"" + repoFlavor + "\","
                + extraRepoFields
                + " \"refs\": [{\"ref\": \"main\", \"complete\": true, \"pages\": ["
                + pages(commitPages, Fixtures::commitPage) + "]}]}]\n}\n";
    }

    static String jiraPage(int n) {
        return String.format("jira/page-%05d.json", n);
    }

    static String commitPage(int n) {
        return String.format("bitbucket/portal/main/page-%05d.json", n);
    }

    private static String pages(int count, java.util.function.IntFunction<String> name) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            out.append(i > 1 ? ", " : "").append('"').append(name.apply(i)).append('"');
        }
        return out.toString();
    }
}
