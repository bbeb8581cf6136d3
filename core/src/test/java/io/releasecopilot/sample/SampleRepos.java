package io.releasecopilot.sample;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The repositories of the sample: three on Bitbucket Cloud, one on Bitbucket Data Center. */
enum SampleRepos {
    PORTAL("portal", false, List.of("main", "develop"), "v2026.02.2"),
    MOBILE_APP("mobile-app", false, List.of("main"), "v2026.02.2"),
    PLATFORM_API("platform-api", false, List.of("release/2026.03"), "release/2026.02"),
    BILLING_SERVICE("billing-service", true, List.of("main"), "v2026.02.2");

    static final String WORKSPACE = "acme";
    static final String DC_PROJECT = "PLAT";

    final String slug;
    final boolean datacenter;
    final List<String> refs;
    final String sinceRef;

    SampleRepos(String slug, boolean datacenter, List<String> refs, String sinceRef) {
        this.slug = slug;
        this.datacenter = datacenter;
        this.refs = refs;
        this.sinceRef = sinceRef;
    }

    String workspace() {
        return datacenter ? DC_PROJECT : WORKSPACE;
    }

    String commitUrlPrefix() {
        return datacenter
                ? "https://git.acme.example/projects/" + DC_PROJECT + "/repos/" + slug + "/commits/"
                : "https://bitbucket.org/" + WORKSPACE + "/" + slug + "/commits/";
    }

    /** A Bitbucket Cloud {@code next} link: the same request with an opaque page token. */
    String nextLink(String ref, String token) {
        return "https://api.bitbucket.org/2.0/repositories/" + WORKSPACE + "/" + slug + "/commits/" + encode(ref)
                + "?exclude=" + encode(sinceRef) + "&pagelen=100&page=" + token;
    }

    /** The cache directory of a ref: every character outside {@code [A-Za-z0-9._-]} becomes {@code _}. */
    String pageDir(String ref) {
        return "bitbucket/" + slug + "/" + ref.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
