package io.releasecopilot.sample;

import com.fasterxml.jackson.databind.JsonNode;
import io.releasecopilot.correlate.Exemption;
import io.releasecopilot.correlate.StoryCategory;
import io.releasecopilot.model.Commit;
import io.releasecopilot.model.IssueKeys;
import io.releasecopilot.sample.SampleCommits.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately small, independent reading of the correlation rules (README.md) applied to the sample's raw pages. It
 * checks that the data says what the generator meant; it is no substitute for the product's cache reader or correlator,
 * which an end-to-end test compares with the same {@code EXPECTED_*} constants.
 */
final class SampleAudit {

    /** §4.2: boundaries on both sides, no leading zero, not followed by {@code .digit}. */
    private static final Pattern KEY =
            Pattern.compile("(?<![A-Za-z0-9_-])([A-Za-z][A-Za-z0-9_]*-[1-9][0-9]*)(?![A-Za-z0-9_]|\\.[0-9])");
    private static final Pattern REVERTS = Pattern.compile("This reverts commit ([0-9a-f]{7,40})");
    private static final Pattern EMAIL = Pattern.compile("<([^>]*)>");

    final Map<String, JsonNode> stories = new LinkedHashMap<>();
    final Map<String, Commit> commits = new LinkedHashMap<>();
    final Map<String, Kind> categories = new LinkedHashMap<>();
    final Map<String, StoryCategory> storyCategories = new LinkedHashMap<>();
    final Set<String> reverted = new HashSet<>();
    int commitsRead;

    SampleAudit(Path cache, List<Exemption> exemptions) {
        JsonNode manifest = read(cache.resolve("manifest.json"));
        manifest.path("jira").path("pages").forEach(page -> read(cache.resolve(page.asText())).path("issues")
                .forEach(issue -> stories.put(issue.path("key").asText().toUpperCase(Locale.ROOT), issue.path("fields"))));
        for (JsonNode repo : manifest.path("repositories")) {
            boolean datacenter = "datacenter".equals(repo.path("flavor").asText());
            for (JsonNode ref : repo.path("refs")) {
                for (JsonNode page : ref.path("pages")) {
                    for (JsonNode value : read(cache.resolve(page.asText())).path("values")) {
                        commitsRead++;
                        Commit commit = datacenter ? datacenter(repo, value) : cloud(repo, value);
                        commits.putIfAbsent(commit.repo() + "/" + commit.hash(), commit);
                    }
                }
            }
        }
        Set<String> projects = new HashSet<>();
        stories.keySet().forEach(key -> projects.add(IssueKeys.projectOf(key)));
        Map<String, List<String>> storyCommits = new LinkedHashMap<>();
        stories.keySet().forEach(key -> storyCommits.put(key, new ArrayList<>()));
        for (Map.Entry<String, Commit> entry : commits.entrySet()) {
            Commit commit = entry.getValue();
            Set<String> audited = new HashSet<>();
            Matcher keys = KEY.matcher(commit.message());
            while (keys.find()) {
                String key = keys.group(1).toUpperCase(Locale.ROOT);
                if (projects.contains(IssueKeys.projectOf(key))) {
                    audited.add(key);
                }
            }
            List<String> linked = audited.stream().filter(stories::containsKey).sorted().toList();
            Kind kind = !linked.isEmpty() ? Kind.LINKED
                    : !audited.isEmpty() ? Kind.OUT_OF_SCOPE
                    : exemptions.stream().anyMatch(e -> e.matches(commit)) ? Kind.EXEMPT
                    : Kind.ORPHAN;
            categories.put(entry.getKey(), kind);
            for (String key : linked) {
                storyCommits.get(key).add(entry.getKey());
                String parent = stories.get(key).path("parent").path("key").asText(null);
                if (parent != null && stories.containsKey(parent)) {
                    storyCommits.get(parent).add(entry.getKey());
                }
            }
            Matcher revert = REVERTS.matcher(commit.message());
            while (revert.find()) {
                String target = commit.repo() + "/" + revert.group(1);
                if (commits.containsKey(target)) {
                    reverted.add(target);
                    reverted.add(entry.getKey());
                }
            }
        }
        storyCommits.forEach((key, linked) -> storyCategories.put(key,
                linked.isEmpty() ? StoryCategory.WITHOUT_COMMITS
                        : linked.stream().allMatch(reverted::contains) ? StoryCategory.REVERTED_ONLY
                        : StoryCategory.WITH_COMMITS));
    }

    long count(Kind kind) {
        return categories.values().stream().filter(k -> k == kind).count();
    }

    long count(StoryCategory category) {
        return storyCategories.values().stream().filter(c -> c == category).count();
    }

    long storiesNotDone() {
        return stories.values().stream()
                .filter(f -> !"done".equals(f.path("status").path("statusCategory").path("key").asText())).count();
    }

    /** The audited projects: those of the version's issues (§4.3). */
    SortedSet<String> auditedProjects() {
        SortedSet<String> projects = new TreeSet<>();
        stories.keySet().forEach(key -> projects.add(IssueKeys.projectOf(key)));
        return projects;
    }

    long merges() {
        return commits.values().stream().filter(Commit::merge).count();
    }

    private static Commit cloud(JsonNode repo, JsonNode value) {
        String raw = value.path("author").path("raw").asText();
        JsonNode user = value.path("author").path("user");
        String name = user.has("display_name") ? user.path("display_name").asText() : raw.replaceAll("\\s*<.*", "");
        Matcher email = EMAIL.matcher(raw);
        String message = value.has("message") ? value.path("message").asText() : value.path("summary").path("raw").asText();
        return new Commit(repo.path("name").asText(), value.path("hash").asText(), null, name,
                email.find() ? email.group(1) : null, message, List.of(), value.path("parents").size());
    }

    private static Commit datacenter(JsonNode repo, JsonNode value) {
        JsonNode author = value.path("author");
        String name = author.has("displayName") ? author.path("displayName").asText() : author.path("name").asText();
        return new Commit(repo.path("name").asText(), value.path("id").asText(), null, name,
                author.path("emailAddress").asText(null), value.path("message").asText(), List.of(),
                value.path("parents").size());
    }

    private static JsonNode read(Path file) {
        try {
            return SampleJson.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
