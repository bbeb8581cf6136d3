package io.releasecopilot.source.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.releasecopilot.model.Repository;
import io.releasecopilot.model.SourceFlavor;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The repository name, workspace and commit address told by the origin remote's URL. */
class RemoteUrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            git@bitbucket.org:acme/portal.git                     | acme | portal | https://bitbucket.org/acme/portal/commits/
            ssh://git@bitbucket.org/acme/portal.git               | acme | portal | https://bitbucket.org/acme/portal/commits/
            https://jenkins@bitbucket.org/acme/portal.git         | acme | portal | https://bitbucket.org/acme/portal/commits/
            https://jenkins:s3cret@bitbucket.org/acme/portal.git  | acme | portal | https://bitbucket.org/acme/portal/commits/
            https://bitbucket.org/acme/portal                     | acme | portal | https://bitbucket.org/acme/portal/commits/
            https://git.acme.com/scm/PORT/portal.git              | PORT | portal | https://git.acme.com/projects/PORT/repos/portal/commits/
            https://ci:s3cret@git.acme.com:8443/bitbucket/scm/port/portal.git | PORT | portal | https://git.acme.com:8443/bitbucket/projects/PORT/repos/portal/commits/
            http://git.acme.com/scm/~ada/sandbox.git              | ~ada | sandbox | http://git.acme.com/users/ada/repos/sandbox/commits/
            """)
    void shouldDeriveTheCommitAddressOfBitbucketRemotes(String url, String workspace, String slug, String prefix) {
        RemoteUrl remote = RemoteUrl.parse(url);

        assertThat(remote).isEqualTo(new RemoteUrl(workspace, slug, prefix));
        assertThat(remote.commitUrlPrefix()).doesNotContain("s3cret").doesNotContain("jenkins@");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ssh://git@git.acme.com:7999/port/portal.git   | portal
            git@github.com:acme/portal.git                | portal
            https://github.com/acme/portal                | portal
            https://gitlab.acme.com/group/sub/portal.git  | portal
            /srv/git/portal.git                           | portal
            file:///srv/git/portal/.git                   | portal
            """)
    void shouldGiveOnlyTheNameForOtherRemotes(String url, String slug) {
        assertThat(RemoteUrl.parse(url)).isEqualTo(new RemoteUrl("", slug, null));
    }

    @Test
    void shouldGiveNothingWithoutAUsableUrl() {
        assertThat(RemoteUrl.parse(null)).isEqualTo(new RemoteUrl("", null, null));
        assertThat(RemoteUrl.parse(" ")).isEqualTo(new RemoteUrl("", null, null));
        assertThat(RemoteUrl.parse("https://")).isEqualTo(new RemoteUrl("", null, null));
    }

    @Test
    void shouldDescribeTheRepositoryFromItsOriginRemote(@TempDir Path dir) throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "origin", "url", "git@bitbucket.org:acme/portal.git");
            config.save();

            Repository repository = RepositoryDescription.describe(git.getRepository(), null, List.of("main"));

            assertThat(repository).isEqualTo(new Repository("portal", "acme", SourceFlavor.GIT,
                    List.of("main"), "https://bitbucket.org/acme/portal/commits/"));
            assertThat(RepositoryDescription.describe(git.getRepository(), "web", List.of("main")).name())
                    .isEqualTo("web");
        }
    }

    @Test
    void shouldUseTheOnlyRemoteWhenThereIsNoOrigin(@TempDir Path dir) throws Exception {
        try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
            StoredConfig config = git.getRepository().getConfig();
            config.setString("remote", "upstream", "url", "https://git.acme.com/scm/PORT/portal.git");
            config.save();

            assertThat(RepositoryDescription.describe(git.getRepository(), null, List.of()).commitUrlPrefix())
                    .isEqualTo("https://git.acme.com/projects/PORT/repos/portal/commits/");
        }
    }
}
