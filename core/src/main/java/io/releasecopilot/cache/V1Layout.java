package io.releasecopilot.cache;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.common.UntrustedText;
import io.releasecopilot.model.AuditInput;
import io.releasecopilot.model.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code release-copilot-cache/v1} directory: the parsed manifest and every page it lists, resolved to a
 * file with its size. Required pages (Jira, commits) must exist; a missing pull request page is a warning.
 */
public final class V1Layout implements CacheLayout {

    /** The pages of one ref; {@code branches} is the shared {@code List.of(ref)} of its commits. */
    public record RefPages(Manifest.Ref ref, Manifest.Window window, List<String> branches, List<CacheFile> pages) {
    }

    /** The pages of one repository. */
    public record RepoPages(Manifest.Repo repo, List<RefPages> refs, List<CacheFile> pullRequestPages) {
    }

    public final Path dir;
    public final CacheFile manifestFile;
    public final Manifest manifest;
    public final List<CacheFile> jiraPages;
    public final List<RepoPages> repos;
    public final List<String> warnings = new ArrayList<>();
    /** The fetches that are not complete, one line each, for {@code AuditInput.incomplete}. */
    public final List<String> incomplete = new ArrayList<>();
    private final Path root;

    private V1Layout(Path dir, CacheFile manifestFile) {
        this.dir = dir;
        this.root = dir.toAbsolutePath().normalize();
        this.manifestFile = manifestFile;
        this.manifest = Manifest.read(manifestFile);
        Manifest.Jira jira = manifest.jira();
        this.jiraPages = pages(jira.pages(), true);
        if (!jira.complete()) {
            incomplete.add("the Jira fetch is incomplete (" + SourceLines.count(jiraPages.size(), "page", "pages")
                    + " cached)");
            warnings.add("manifest.json: the Jira fetch is incomplete (" + SourceLines.count(jiraPages.size(), "page",
                    "pages") + " cached); stories may be missing until the fetch is resumed online");
        }
        List<RepoPages> resolved = new ArrayList<>();
        for (Manifest.Repo repo : manifest.repositories()) {
            resolved.add(repo(repo));
        }
        this.repos = List.copyOf(resolved);
    }

    /** Reads the manifest and resolves the pages it lists. */
    public static V1Layout open(Path dir, Path manifest) {
        return new V1Layout(dir, file("manifest.json", manifest));
    }

    private RepoPages repo(Manifest.Repo repo) {
        List<RefPages> refs = new ArrayList<>();
        for (Manifest.Ref ref : repo.refs()) {
            List<CacheFile> pages = pages(ref.pages(), true);
            refs.add(new RefPages(ref, ref.window(), List.of(ref.ref()), pages));
            if (!ref.complete()) {
                incomplete.add("the commit fetch of " + repo.name() + " ref " + ref.ref() + " is incomplete ("
                        + SourceLines.count(pages.size(), "page", "pages") + " cached)");
                warnings.add("manifest.json: the commit fetch of " + repo.name() + " ref " + ref.ref()
                        + " is incomplete (" + SourceLines.count(pages.size(), "page", "pages")
                        + " cached); commits may be missing until the fetch is resumed online");
            }
        }
        List<CacheFile> pullRequestPages = List.of();
        Manifest.PullRequests prs = repo.pullRequests();
        if (prs != null) {
            pullRequestPages = pages(prs.pages(), false);
            if (!prs.complete()) {
                incomplete.add("the pull request fetch of " + repo.name() + " is incomplete ("
                        + SourceLines.count(pullRequestPages.size(), "page", "pages") + " cached)");
                warnings.add("manifest.json: the pull request fetch of " + repo.name() + " is incomplete ("
                        + SourceLines.count(pullRequestPages.size(), "page", "pages")
                        + " cached); links through pull requests may be missing");
            }
        }
        return new RepoPages(repo, List.copyOf(refs), pullRequestPages);
    }

    private List<CacheFile> pages(List<String> names, boolean required) {
        List<CacheFile> files = new ArrayList<>(names.size());
        for (String name : names) {
            CacheFile file = page(name, required);
            if (file != null) {
                files.add(file);
            }
        }
        return List.copyOf(files);
    }

    private CacheFile page(String name, boolean required) {
        Path path;
        boolean outside;
        try {
            path = dir.resolve(name);
            outside = Path.of(name).isAbsolute() || !path.toAbsolutePath().normalize().startsWith(root);
        } catch (InvalidPathException e) {
            throw manifestFile.fail("page path \"" + name + "\" is not a valid path");
        }
        if (outside) {
            throw manifestFile.fail("page path \"" + name + "\" is outside the cache directory");
        }
        try {
            return file(name.replace('\\', '/'), path);
        } catch (AuditException e) {
            if (required) {
                throw e;
            }
            warnings.add(UntrustedText.inMessage(e.getMessage()) + "; pull requests of that page left out");
            return null;
        }
    }

    private static CacheFile file(String name, Path path) {
        CacheFile file = new CacheFile(name, path, 0);
        try {
            if (Files.isDirectory(path)) {
                throw file.fail("is a directory, expected a file");
            }
            return new CacheFile(name, path, Files.size(path));
        } catch (NoSuchFileException e) {
            throw file.fail("manifest.json".equals(name) ? "file is missing" : "listed in manifest.json but missing");
        } catch (IOException e) {
            throw CacheJson.translate(file, e);
        }
    }

    @Override
    public CachePlan plan() {
        List<CachePlan.PlannedFile> files = new ArrayList<>();
        files.add(planned(manifestFile));
        jiraPages.forEach(f -> files.add(planned(f)));
        for (RepoPages repo : repos) {
            repo.refs().forEach(ref -> ref.pages().forEach(f -> files.add(planned(f))));
            repo.pullRequestPages().forEach(f -> files.add(planned(f)));
        }
        List<Repository> repositories = new ArrayList<>();
        for (RepoPages repo : repos) {
            Manifest.Repo r = repo.repo();
            repositories.add(new Repository(r.name(), r.workspace(), r.flavor(),
                    repo.refs().stream().map(ref -> ref.ref().ref()).toList(), r.commitUrlPrefix()));
        }
        return new CachePlan(dir, CachePlan.LAYOUT_V1, manifest.fixVersion(), files, repositories, warnings);
    }

    private static CachePlan.PlannedFile planned(CacheFile file) {
        return new CachePlan.PlannedFile(file.name(), file.size());
    }
}
