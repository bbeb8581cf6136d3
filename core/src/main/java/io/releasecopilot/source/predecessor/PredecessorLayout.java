package io.releasecopilot.source.predecessor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.releasecopilot.cache.CacheFile;
import io.releasecopilot.cache.CacheJson;
import io.releasecopilot.cache.CacheLayout;
import io.releasecopilot.cache.CachePlan;
import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UsageException;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Repository;
import io.releasecopilot.model.SourceFlavor;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Python predecessor's raw cache (no manifest):
 * {@code jira/jira_<fixVersion>_<YYYYmmddTHHMMSSZ>.json} and
 * {@code bitbucket/bitbucket_<repo>_<branch>_<start>_<end>_<YYYYmmddTHHMMSSZ>.json}.
 *
 * <p>The timestamp is the last {@code _}-separated part of a name, so a fix version may hold underscores and
 * dots. Of the files that share everything before the timestamp, the newest wins. Should the Jira files be
 * for several fix versions, the one asked for is read (without one asked for, the one with the newest file) and
 * the others are named in a warning. The dates of a Bitbucket file name are {@code YYYYmmdd}, as the predecessor
 * wrote them; a {@code jira_*.json} or {@code bitbucket_*.json} file whose name does not follow the pattern is an
 * error (it would otherwise be left out silently), other files are ignored with a warning.
 * Repository, branch and workspace of a Bitbucket file come from its header fields ({@code workspace},
 * {@code repository}, {@code branch} before {@code values}, read without reading the rest); only when they
 * are absent is the name split, taking the repository to end at the first {@code _}.
 */
public final class PredecessorLayout implements CacheLayout {

    /** The predecessor's Jira client stores its OAuth token as {@code jira/jira_token_<timestamp>.json}. */
    private static final String TOKEN = "token";
    private static final Pattern JIRA = Pattern.compile("jira_(.+)_(\\d{8}T\\d{6}Z)\\.json");
    private static final Pattern BITBUCKET = Pattern.compile("bitbucket_((.+)_(\\d{8})_(\\d{8}))_(\\d{8}T\\d{6}Z)\\.json");

    /** The chosen Jira file. */
    public record JiraFile(CacheFile file, String fixVersion) {
    }

    /** One chosen Bitbucket file and the repository and branch it holds. */
    public record CommitFile(CacheFile file, String workspace, String repo, String branch) {
    }

    public final Path dir;
    public final JiraFile jira;
    public final List<CommitFile> commitFiles;
    public final List<String> warnings = new ArrayList<>();
    public final int superseded;

    private PredecessorLayout(Path dir, JiraFile jira, List<CommitFile> commitFiles, int superseded,
            List<String> warnings) {
        this.dir = dir;
        this.jira = jira;
        this.commitFiles = commitFiles;
        this.superseded = superseded;
        this.warnings.addAll(warnings);
    }

    /** Returns the predecessor cache in {@code dir}, or null when {@code dir} holds none. */
    public static PredecessorLayout scan(Path dir, String fixVersion) {
        List<String> warnings = new ArrayList<>();
        Map<String, TreeMap<String, Path>> jiraByVersion = group(dir, "jira", JIRA, 1, 2, warnings,
                "jira_<fixVersion>_<YYYYmmddTHHMMSSZ>.json");
        Map<String, TreeMap<String, Path>> bitbucketByPrefix = group(dir, "bitbucket", BITBUCKET, 1, 5, warnings,
                "bitbucket_<repo>_<branch>_<YYYYmmdd>_<YYYYmmdd>_<YYYYmmddTHHMMSSZ>.json");
        if (jiraByVersion.isEmpty() && bitbucketByPrefix.isEmpty()) {
            return null;
        }
        if (jiraByVersion.isEmpty()) {
            throw new AuditException(dir + ": predecessor cache without a Jira file"
                    + " (expected jira/jira_<fixVersion>_<YYYYmmddTHHMMSSZ>.json)");
        }
        JiraFile jira = jira(dir, jiraByVersion, fixVersion, warnings);
        List<CommitFile> commitFiles = new ArrayList<>();
        for (TreeMap<String, Path> byTimestamp : bitbucketByPrefix.values()) {
            commitFiles.add(commitFile(dir, byTimestamp.lastEntry().getValue()));
        }
        commitFiles.sort(Comparator.comparing(f -> f.file().name()));
        windows(commitFiles, warnings);
        int superseded = 0;
        for (TreeMap<String, Path> byTimestamp : jiraByVersion.values()) {
            superseded += byTimestamp.size() - 1;
        }
        for (TreeMap<String, Path> byTimestamp : bitbucketByPrefix.values()) {
            superseded += byTimestamp.size() - 1;
        }
        return new PredecessorLayout(dir, jira, List.copyOf(commitFiles), superseded, warnings);
    }

    /**
     * Groups the files of {@code dir/sub} matching {@code pattern} by a key group, then by timestamp group. A file
     * named {@code <sub>_*.json} that does not match is an error naming {@code expected}; other files are ignored.
     */
    private static Map<String, TreeMap<String, Path>> group(Path dir, String sub, Pattern pattern, int key,
            int timestamp, List<String> warnings, String expected) {
        Map<String, TreeMap<String, Path>> groups = new TreeMap<>();
        for (Path file : list(dir.resolve(sub))) {
            String name = file.getFileName().toString();
            Matcher m = pattern.matcher(name);
            if (m.matches() && sub.equals("jira") && m.group(key).equals(TOKEN)) {
                warnings.add(relative(dir, file) + ": ignored, it holds the predecessor's OAuth token, not issues");
            } else if (m.matches()) {
                groups.computeIfAbsent(m.group(key), k -> new TreeMap<>()).put(m.group(timestamp), file);
            } else if (name.startsWith(sub + "_")) {
                throw new AuditException(file + ": not a predecessor file name; expected " + expected
                        + " (dates as the predecessor writes them, e.g. 20250920 and 20250920T120000Z); rename it"
                        + " or move it out of " + dir.resolve(sub));
            } else {
                ignored(dir, file, warnings);
            }
        }
        return groups;
    }

    /**
     * Returns the newest file of {@code wanted}, or without one wanted, of the fix version whose newest file is
     * the newest; warns about the other fix versions.
     */
    private static JiraFile jira(Path dir, Map<String, TreeMap<String, Path>> byVersion, String wanted,
            List<String> warnings) {
        String version = null;
        String newest = null;
        for (Map.Entry<String, TreeMap<String, Path>> e : byVersion.entrySet()) {
            String timestamp = e.getValue().lastKey();
            if (newest == null || timestamp.compareTo(newest) >= 0) {
                newest = timestamp;
                version = e.getKey();
            }
        }
        if (wanted != null) {
            if (!byVersion.containsKey(wanted)) {
                throw new UsageException("%s holds no Jira file of fix version '%s' (it holds %s)".formatted(dir,
                        wanted, String.join(", ", byVersion.keySet())));
            }
            version = wanted;
        }
        if (byVersion.size() > 1) {
            List<String> others = new ArrayList<>(byVersion.keySet());
            others.remove(version);
            warnings.add("jira: the predecessor cache holds several fix versions; read " + version
                    + (wanted != null ? " (the one asked for)" : " (the newest file)") + ", ignored "
                    + String.join(", ", others));
        }
        return new JiraFile(file(dir, byVersion.get(version).lastEntry().getValue()), version);
    }

    private static List<Path> list(Path sub) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(sub)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(sub, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new AuditException(sub + ": cannot list the directory (" + e.getClass().getSimpleName() + ")");
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    private static void ignored(Path dir, Path file, List<String> warnings) {
        warnings.add(relative(dir, file) + ": ignored, the name does not follow the predecessor's naming");
    }

    private static void windows(List<CommitFile> files, List<String> warnings) {
        Map<String, Integer> perRef = new LinkedHashMap<>();
        files.forEach(f -> perRef.merge(f.repo() + " branch " + f.branch(), 1, Integer::sum));
        perRef.forEach((ref, n) -> {
            if (n > 1) {
                warnings.add("bitbucket: " + ref + " is cached for " + n + " date windows; all of them are read");
            }
        });
    }

    private static CacheFile file(Path dir, Path path) {
        CacheFile file = new CacheFile(relative(dir, path), path, 0);
        try {
            return new CacheFile(file.name(), path, Files.size(path));
        } catch (IOException e) {
            throw CacheJson.translate(file, e);
        }
    }

    private static String relative(Path dir, Path path) {
        return dir.relativize(path).toString().replace('\\', '/');
    }

    /** Reads {@code workspace}, {@code repository} and {@code branch} up to {@code values}. */
    private static CommitFile commitFile(Path dir, Path path) {
        CacheFile file = file(dir, path);
        String[] head = CacheJson.readHead(file, p -> header(p, file));
        if (head[1] == null || head[2] == null) {
            Matcher m = BITBUCKET.matcher(path.getFileName().toString());
            m.matches();
            String repoBranch = m.group(2);
            int cut = repoBranch.indexOf('_');
            if (cut <= 0 || cut == repoBranch.length() - 1) {
                throw file.fail("no 'repository'/'branch' before 'values' and the file name does not tell them apart");
            }
            head[1] = head[1] != null ? head[1] : repoBranch.substring(0, cut);
            head[2] = head[2] != null ? head[2] : repoBranch.substring(cut + 1);
        }
        return new CommitFile(file, head[0], head[1], head[2]);
    }

    private static String[] header(JsonParser p, CacheFile file) throws IOException {
        String[] head = new String[3];
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "values":
                    return head;
                case "workspace":
                    head[0] = CacheJson.text(p, file, "workspace");
                    break;
                case "repository":
                    head[1] = t == JsonToken.START_OBJECT ? repositoryName(p) : CacheJson.text(p, file, "repository");
                    break;
                case "branch":
                    head[2] = CacheJson.text(p, file, "branch");
                    break;
                default:
                    p.skipChildren();
            }
        }
        return head;
    }

    /** A {@code repository} object: its {@code name}, else the part of {@code full_name} after the slash. */
    private static String repositoryName(JsonParser p) throws IOException {
        String name = null;
        String fullName = null;
        String field;
        while ((field = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            if ("name".equals(field) && t == JsonToken.VALUE_STRING) {
                name = p.getText();
            } else if ("full_name".equals(field) && t == JsonToken.VALUE_STRING) {
                fullName = p.getText();
            } else {
                p.skipChildren();
            }
        }
        return name != null ? name : fullName == null ? null : fullName.substring(fullName.indexOf('/') + 1);
    }

    @Override
    public CachePlan plan() {
        List<CachePlan.PlannedFile> files = new ArrayList<>();
        files.add(new CachePlan.PlannedFile(jira.file().name(), jira.file().size()));
        commitFiles.forEach(f -> files.add(new CachePlan.PlannedFile(f.file().name(), f.file().size())));
        return new CachePlan(dir, CachePlan.LAYOUT_PREDECESSOR, jira.fixVersion(), files, repositories(null),
                warnings);
    }

    /** Returns the repositories in file order; {@code prefixes} maps a repository to its commit URL prefix. */
    public List<Repository> repositories(Map<String, String> prefixes) {
        Map<String, List<String>> refs = new LinkedHashMap<>();
        Map<String, String> workspaces = new LinkedHashMap<>();
        for (CommitFile f : commitFiles) {
            List<String> list = refs.computeIfAbsent(f.repo(), k -> new ArrayList<>());
            if (!list.contains(f.branch())) {
                list.add(f.branch());
            }
            if (f.workspace() != null) {
                workspaces.putIfAbsent(f.repo(), f.workspace());
            }
        }
        List<Repository> repositories = new ArrayList<>();
        refs.forEach((repo, branches) -> repositories.add(new Repository(repo, workspaces.get(repo),
                SourceFlavor.CLOUD, branches, prefixes == null ? null : prefixes.get(repo))));
        return repositories;
    }

    /** Parses the cache. */
    public AuditInput read() {
        return new PredecessorReader(this).read();
    }
}
