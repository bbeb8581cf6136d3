package io.releasecopilot.source.live;

import static io.releasecopilot.source.live.Fixtures.CLOUD_COMMITS_PAGE;
import static io.releasecopilot.source.live.Fixtures.CLOUD_JIRA_PAGE;
import static io.releasecopilot.source.live.Fixtures.DC_COMMITS_PAGE;
import static io.releasecopilot.source.live.Fixtures.DC_JIRA_PAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.releasecopilot.common.AuditException;
import io.releasecopilot.model.AuditInput;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheReaderErrorsTest {

    @TempDir
    Path dir;

    @Test
    void shouldFailOnAMissingDirectory() {
        Path missing = dir.resolve("temp_data");

        assertThat(readError(missing)).isEqualTo(missing + ": cache directory does not exist");
        assertThat(planError(missing)).isEqualTo(missing + ": cache directory does not exist");
    }

    @Test
    void shouldFailOnAFileGivenAsTheDirectory() {
        Path file = Fixtures.write(dir, "cache.json", "{}");

        assertThat(readError(file)).isEqualTo(file + ": not a directory, expected a cache directory");
    }

    @Test
    void shouldFailOnAnEmptyDirectory() {
        assertThat(readError(dir)).isEqualTo(dir + ": not a cache directory (no manifest.json, and no predecessor"
                + " files jira/jira_<fixVersion>_<YYYYmmddTHHMMSSZ>.json or bitbucket/bitbucket_*.json)");
    }

    @Test
    void shouldFailOnAManifestOfAnotherLayout() {
        Fixtures.write(dir, "manifest.json", "{\"layout\": \"release-copilot-cache/v2\", \"jira\": []}");

        assertThat(readError(dir)).isEqualTo(dir.resolve("manifest.json")
                + ": layout is \"release-copilot-cache/v2\", expected \"release-copilot-cache/v1\"");
    }

    @Test
    void shouldFailOnAManifestWithoutLayout() {
        Fixtures.write(dir, "manifest.json", "{\"fixVersion\": \"1.0\"}");

        assertThat(planError(dir)).isEqualTo(dir.resolve("manifest.json")
                + ": no 'layout'; expected \"release-copilot-cache/v1\"");
    }

    @Test
    void shouldGiveLineAndColumnOfAMalformedManifestWithoutAStackTrace() {
        Fixtures.write(dir, "manifest.json", "{\n  \"layout\": \"release-copilot-cache/v1\",\n  \"fixVersion\" \"1.0\"\n}");

        String message = readError(dir);

        assertThat(message).startsWith(dir.resolve("manifest.json") + ": malformed JSON at line 3, column 16: ")
                .contains("Unexpected character")
                .doesNotContain("[Source", "Exception", "\tat ");
    }

    @Test
    void shouldFailOnAManifestOfTheWrongStructure() {
        Fixtures.write(dir, "manifest.json", "{\"layout\": \"release-copilot-cache/v1\", \"fixVersion\": \"1.0\","
                + " \"jira\": {\"flavor\": \"server\", \"pages\": []}}");

        assertThat(readError(dir)).isEqualTo(dir.resolve("manifest.json")
                + ": 'jira.flavor' is \"server\", expected \"cloud\" or \"datacenter\"");
    }

    @Test
    void shouldFailOnNullWhereTheManifestNeedsAListOrAnObject() {
        Fixtures.write(dir, "manifest.json", "{\"layout\": \"release-copilot-cache/v1\", \"fixVersion\": \"1.0\","
                + " \"jira\": {\"flavor\": \"cloud\", \"complete\": true, \"pages\": []}, \"repositories\": null}");

        assertThat(readError(dir)).isEqualTo(dir.resolve("manifest.json")
                + ": 'repositories' is null, expected an array");
        assertThat(planError(dir)).isEqualTo(dir.resolve("manifest.json")
                + ": 'repositories' is null, expected an array");

        Fixtures.v1(dir, "cloud", List.of(CLOUD_JIRA_PAGE), "cloud", List.of(CLOUD_COMMITS_PAGE));
        Fixtures.write(dir, "manifest.json", Fixtures.manifest("cloud", 1, "cloud", 1, "")
                .replace("\"refs\": [{", "\"refs\": [null, {"));

        assertThat(readError(dir)).isEqualTo(dir.resolve("manifest.json")
                + ": 'repositories[0].refs[0]' is null, expected an object");

        Fixtures.write(dir, "manifest.json", Fixtures.manifest("cloud", 1, "cloud", 1, "")
                .replace("\"complete\": true, \"pages\": [\"bitbucket", "\"complete\": null, \"pages\": [\"bitbucket"));

        assertThat(readError(dir)).isEqualTo(dir.resolve("manifest.json")
                + ": 'repositories[0].refs[0].complete' is null, expected a boolean");
    }

    @Test
    void shouldFailOnAJiraPageOfAnotherFixVersion() {
        String otherVersion = CLOUD_JIRA_PAGE.replace("\"labels\":[]", "\"labels\":[],\"fixVersions\":[{\"name\":"
                + "\"2025.10.01\"}]");
        String sameVersion = CLOUD_JIRA_PAGE.replace("ABC-1", "ABC-2").replace("\"labels\":[]",
                "\"labels\":[],\"fixVersions\":[{\"name\":\"2025.09.20\"},{\"name\":\"2025.10.01\"}]");
        Fixtures.v1(dir, "cloud", List.of(sameVersion, otherVersion), "cloud", List.of(CLOUD_COMMITS_PAGE));

        assertThat(readError(dir)).isEqualTo(dir.resolve(Fixtures.jiraPage(2)) + ": issue ABC-1 has fix version"
                + " 2025.10.01, not 2025.09.20 (the fix version of this cache); the page is not of this fix version");
    }

    @Test
    void shouldFailOnAManifestPagesValueOfTheWrongType() {
        Fixtures.write(dir, "manifest.json", "{\"layout\": \"release-copilot-cache/v1\", \"fixVersion\": \"1.0\","
                + " \"jira\": {\"flavor\": \"cloud\", \"pages\": \"jira/page-00001.json\"}}");

        assertThat(readError(dir)).isEqualTo(dir.resolve("manifest.json")
                + ": 'jira.pages' is a string, expected an array");
    }

    @Test
    void shouldFailOnAPageListedInTheManifestThatIsMissing() {
        Fixtures.v1(dir, "cloud", List.of(CLOUD_JIRA_PAGE), "cloud", List.of(CLOUD_COMMITS_PAGE, CLOUD_COMMITS_PAGE));
        dir.resolve(Fixtures.commitPage(2)).toFile().delete();

        String expected = dir.resolve("bitbucket/portal/main/page-00002.json") + ": listed in manifest.json but missing";
        assertThat(readError(dir)).isEqualTo(expected);
        assertThat(planError(dir)).isEqualTo(expected);
    }

    @Test
    void shouldFailOnAPagePathOutsideTheCache() {
        Fixtures.write(dir, "cache/manifest.json", "{\"layout\": \"release-copilot-cache/v1\", \"fixVersion\": \"1.0\","
                + " \"jira\": {\"flavor\": \"cloud\", \"pages\": [\"../secret.json\"]}}");
        Fixtures.write(dir, "secret.json", CLOUD_JIRA_PAGE);

        assertThat(readError(dir.resolve("cache"))).isEqualTo(dir.resolve("cache/manifest.json")
                + ": page path \"../secret.json\" is outside the cache directory");
    }

    @Test
    void shouldFailOnATruncatedPage() {
        String truncated = CLOUD_COMMITS_PAGE.substring(0, CLOUD_COMMITS_PAGE.indexOf("\"message\""));
        Fixtures.v1(dir, "cloud", List.of(CLOUD_JIRA_PAGE), "cloud", List.of(truncated));

        assertThat(readError(dir)).startsWith(dir.resolve("bitbucket/portal/main/page-00001.json")
                + ": truncated JSON (unexpected end of file at line 1, column ");
    }

    @Test
    void shouldFailOnAnEmptyPage() {
        Fixtures.v1(dir, "cloud", List.of(""), "cloud", List.of());

        assertThat(readError(dir)).isEqualTo(dir.resolve("jira/page-00001.json") + ": empty file, expected a JSON object");
    }

    @Test
    void shouldFailOnADataCenterCommitsPageUnderACloudRepository() {
        Fixtures.v1(dir, "cloud", List.of(CLOUD_JIRA_PAGE), "cloud", List.of(DC_COMMITS_PAGE));

        assertThat(readError(dir)).isEqualTo(dir.resolve("bitbucket/portal/main/page-00001.json")
                + ": not a Bitbucket Cloud commits page (no 'values[].hash'; looks like Bitbucket Data Center)");
    }

    @Test
    void shouldFailOnACloudCommitsPageUnderADataCenterRepository() {
        Fixtures.v1(dir, "cloud", List.of(CLOUD_JIRA_PAGE), "datacenter", List.of(CLOUD_COMMITS_PAGE));

        assertThat(readError(dir)).isEqualTo(dir.resolve("bitbucket/portal/main/page-00001.json")
                + ": not a Bitbucket Data Center commits page (no 'values[].id'; looks like Bitbucket Cloud)");
    }

    @Test
    void shouldFailOnAnEmptyDataCenterCommitsPageUnderACloudRepository() {
        Fixtures.v1(dir, "cloud", List.of(CLOUD_JIRA_PAGE), "cloud",
                List.of("{\"values\":[],\"size\":0,\"isLastPage\":true,\"start\":0}"));

        assertThat(readError(dir)).isEqualTo(dir.resolve("bitbucket/portal/main/page-00001.json")
                + ": not a Bitbucket Cloud commits page (has 'isLastPage'; looks like Bitbucket Data Center)");
    }

    @Test
    void shouldFailOnACloudJiraPageDeclaredDataCenter() {
        Fixtures.v1(dir, "datacenter", List.of(CLOUD_JIRA_PAGE), "cloud", List.of());

        assertThat(readError(dir)).isEqualTo(dir.resolve("jira/page-00001.json")
                + ": not a Jira Data Center search page (no 'startAt'/'total'; looks like Jira Cloud search/jql)");
    }

    @Test
    void shouldFailOnADataCenterJiraPageDeclaredCloud() {
        Fixtures.v1(dir, "cloud", List.of(DC_JIRA_PAGE), "cloud", List.of());

        assertThat(readError(dir)).startsWith(dir.resolve("jira/page-00001.json")
                + ": not a Jira Cloud search/jql page (has 'startAt'/'total' but no 'isLast'");
    }

    @Test
    void shouldFailOnABitbucketPageWhereAJiraPageBelongs() {
        Fixtures.v1(dir, "cloud", List.of(CLOUD_COMMITS_PAGE), "cloud", List.of());

        assertThat(readError(dir)).isEqualTo(dir.resolve("jira/page-00001.json")
                + ": not a Jira Cloud search/jql page (no 'issues'; looks like a Bitbucket page)");
    }

    @Test
    void shouldFailWhenIssuesIsAnObject() {
        Fixtures.v1(dir, "cloud", List.of("{\"issues\": {\"key\": \"ABC-1\"}, \"isLast\": true}"), "cloud", List.of());

        assertThat(readError(dir)).isEqualTo(dir.resolve("jira/page-00001.json")
                + ": 'issues' is an object, expected an array");
    }

    @Test
    void shouldFailWhenValuesIsAString() {
        Fixtures.v1(dir, "cloud", List.of(CLOUD_JIRA_PAGE), "cloud", List.of("{\"values\": \"none\"}"));

        assertThat(readError(dir)).isEqualTo(dir.resolve("bitbucket/portal/main/page-00001.json")
                + ": 'values' is a string, expected an array");
    }

    @Test
    void shouldFailOnAFieldOfTheWrongTypeNamingTheIssue() {
        Fixtures.v1(dir, "cloud", List.of("{\"issues\": [{\"key\": \"ABC-1\", \"fields\": {}},"
                + " {\"key\": \"ABC-2\", \"fields\": {\"labels\": \"ui\"}}], \"isLast\": true}"), "cloud", List.of());

        assertThat(readError(dir)).isEqualTo(dir.resolve("jira/page-00001.json")
                + ": 'issues[1].fields.labels' is a string, expected an array");
    }

    @Test
    void shouldFailOnIssuesFetchedWithoutFields() {
        Fixtures.v1(dir, "cloud", List.of("{\"issues\": [{\"id\": \"10001\"}], \"isLast\": true}"), "cloud", List.of());

        assertThat(readError(dir)).isEqualTo(dir.resolve("jira/page-00001.json")
                + ": issues[0] has no 'key' (only 'id': was the search sent without 'fields'?)");
    }

    @Test
    void shouldFailOnTrailingContentAfterThePage() {
        Fixtures.v1(dir, "cloud", List.of(CLOUD_JIRA_PAGE + "\n{}"), "cloud", List.of());

        assertThat(readError(dir)).isEqualTo(dir.resolve("jira/page-00001.json")
                + ": unexpected content after the JSON object at line 2, column 1");
    }

    @Test
    void shouldReportTheEarliestBrokenPageWhateverTheThreading() {
        String big = "{\"values\":[" + (CLOUD_COMMITS_PAGE.substring(12, CLOUD_COMMITS_PAGE.indexOf("],\"pagelen\"")) + ",")
                .repeat(2000) + "{\"id\": 1}]}";
        Fixtures.v1(dir, "cloud", List.of(CLOUD_JIRA_PAGE), "cloud", List.of(CLOUD_COMMITS_PAGE, "{\"values\": [",
                big, "{\"values\": 1}"));

        for (int i = 0; i < 5; i++) {
            assertThat(readError(dir)).startsWith(dir.resolve(Fixtures.commitPage(2)) + ": truncated JSON");
        }
    }

    @Test
    void shouldWarnInsteadOfFailingOnUnreadableOrMissingPullRequestPages() {
        String prs = "\"pullRequests\": {\"complete\": true, \"pages\": [\"pullrequests/portal/page-00001.json\","
                + " \"pullrequests/portal/page-00002.json\", \"pullrequests/portal/page-00003.json\"]},";
        Fixtures.write(dir, "manifest.json", Fixtures.manifest("cloud", 1, "cloud", 1, prs));
        Fixtures.write(dir, Fixtures.jiraPage(1), CLOUD_JIRA_PAGE);
        Fixtures.write(dir, Fixtures.commitPage(1), CLOUD_COMMITS_PAGE);
        Fixtures.write(dir, "pullrequests/portal/page-00001.json", "{\"values\": [{\"id\": 1, \"title\": \"ABC-1\"");
        Fixtures.write(dir, "pullrequests/portal/page-00003.json", "{\"values\": [{\"id\": 3, \"title\": \"ABC-1 x\","
                + " \"state\": \"MERGED\", \"commits\": [{\"hash\": \"AAAA\"}]}]}");

        AuditInput input = CacheReader.read(dir);

        assertThat(input.pullRequests()).singleElement().satisfies(pr -> {
            assertThat(pr.id()).isEqualTo(3);
            assertThat(pr.commitHashes()).containsExactly("aaaa");
        });
        assertThat(input.warnings()).containsExactly(
                dir.resolve("pullrequests/portal/page-00002.json") + ": listed in manifest.json but missing;"
                        + " pull requests of that page left out",
                dir.resolve("pullrequests/portal/page-00001.json") + ": truncated JSON (unexpected end of file at"
                        + " line 1, column 39); pull requests of that page left out");
        assertThat(input.sources()).contains("pullrequests/portal/page-00001.json..page-00003.json (Bitbucket Cloud"
                + " pull requests acme/portal, 2 pages, 1 pull request)");
    }

    @Test
    void shouldFailOnATruncatedPredecessorFile() {
        Fixtures.write(dir, "jira/jira_1.0_20250920T120000Z.json", "{\"issues\": [{\"key\": \"ABC-1\", \"fie");

        assertThat(readError(dir)).startsWith(dir.resolve("jira/jira_1.0_20250920T120000Z.json")
                + ": truncated JSON (unexpected end of file at line 1, column ");
    }

    @Test
    void shouldWarnOnceAboutUnreadableDatesOfAFile() {
        Fixtures.v1(dir, "cloud", List.of("{\"issues\": [{\"key\": \"A-1\", \"fields\": {\"updated\": \"yesterday\"}},"
                + " {\"key\": \"A-2\", \"fields\": {\"updated\": 1}}], \"isLast\": true}"), "cloud", List.of());

        AuditInput input = CacheReader.read(dir);

        assertThat(input.stories()).allSatisfy(s -> assertThat(s.updated()).isNull());
        assertThat(input.warnings()).containsExactly("jira/page-00001.json: 2 unreadable dates left empty (first:"
                + " issues[0].fields.updated \"yesterday\")");
    }

    private static String readError(Path cacheDir) {
        return oneLine(catchThrowableOfType(AuditException.class, () -> CacheReader.read(cacheDir)));
    }

    private static String planError(Path cacheDir) {
        return oneLine(catchThrowableOfType(AuditException.class, () -> CacheReader.plan(cacheDir)));
    }

    private static String oneLine(AuditException e) {
        assertThat(e).as("an AuditException").isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n", "\r");
        return e.getMessage();
    }
}
