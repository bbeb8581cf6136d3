package io.releasecopilot.source.git;

import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.transport.URIish;

/**
 * What a remote's URL tells about the repository: its slug and, when it is on Bitbucket, the workspace (Cloud)
 * or project key (Data Center) and the web address of its commits. User names and passwords in the URL are
 * dropped; they never reach a report.
 *
 * <ul>
 *   <li>Bitbucket Cloud: {@code git@bitbucket.org:ws/repo.git}, {@code ssh://git@bitbucket.org/ws/repo.git},
 *       {@code https://user@bitbucket.org/ws/repo.git} give {@code https://bitbucket.org/ws/repo/commits/}.</li>
 *   <li>Bitbucket Data Center over HTTP(S): {@code https://host[:port][/context]/scm/KEY/slug.git} gives
 *       {@code https://host[:port][/context]/projects/KEY/repos/slug/commits/} (the key upper-cased);
 *       a personal repository {@code /scm/~user/slug.git} gives {@code …/users/user/repos/slug/commits/}.</li>
 *   <li>Anything else, including Data Center over SSH (whose web address cannot be told from the SSH
 *       host and port), has no commit address.</li>
 * </ul>
 *
 * @param workspace       the Cloud workspace or Data Center project key, or {@code ""}
 * @param slug            the last path segment without {@code .git}, or {@code null} when there is none
 * @param commitUrlPrefix the web address of a commit without the hash, or {@code null}
 */
record RemoteUrl(String workspace, String slug, String commitUrlPrefix) {

    private static final RemoteUrl NONE = new RemoteUrl("", null, null);

    /** Parses a remote URL; an unparsable or missing one gives no slug and no commit address. */
    static RemoteUrl parse(String url) {
        if (url == null || url.isBlank()) {
            return NONE;
        }
        URIish uri;
        try {
            uri = new URIish(url.strip());
        } catch (URISyntaxException e) {
            return NONE;
        }
        List<String> path = Arrays.stream(uri.getPath() == null ? new String[0] : uri.getPath().split("/"))
                .filter(segment -> !segment.isEmpty())
                .toList();
        if (path.size() > 1 && ".git".equals(path.get(path.size() - 1))) {
            path = path.subList(0, path.size() - 1);
        }
        if (path.isEmpty()) {
            return NONE;
        }
        String slug = withoutGitSuffix(path.get(path.size() - 1));
        String host = uri.getHost();
        if (host == null) {
            return new RemoteUrl("", slug, null);
        }
        if ("bitbucket.org".equalsIgnoreCase(host) && path.size() == 2) {
            return new RemoteUrl(path.get(0), slug,
                    "https://bitbucket.org/" + path.get(0) + "/" + slug + "/commits/");
        }
        return dataCenter(uri, path, slug);
    }

    private static RemoteUrl dataCenter(URIish uri, List<String> path, String slug) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int scm = path.size() - 3;
        if (!scheme.startsWith("http") || scm < 0 || !"scm".equals(path.get(scm))) {
            return new RemoteUrl("", slug, null);
        }
        StringBuilder base = new StringBuilder(scheme).append("://").append(uri.getHost());
        if (uri.getPort() > 0) {
            base.append(':').append(uri.getPort());
        }
        for (String segment : path.subList(0, scm)) {
            base.append('/').append(segment);
        }
        String owner = path.get(scm + 1);
        if (owner.startsWith("~")) {
            String user = owner.substring(1);
            return new RemoteUrl(owner, slug, base + "/users/" + user + "/repos/" + slug + "/commits/");
        }
        String key = owner.toUpperCase(Locale.ROOT);
        return new RemoteUrl(key, slug, base + "/projects/" + key + "/repos/" + slug + "/commits/");
    }

    private static String withoutGitSuffix(String segment) {
        return segment.endsWith(".git") && segment.length() > 4
                ? segment.substring(0, segment.length() - 4)
                : segment;
    }
}
