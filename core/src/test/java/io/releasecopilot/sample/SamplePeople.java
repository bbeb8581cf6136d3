package io.releasecopilot.sample;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The people and bots of the sample. All names and addresses are invented. */
final class SamplePeople {

    /**
     * One author or assignee.
     *
     * @param name        display name
     * @param email       e-mail address
     * @param username    Bitbucket Data Center user name
     * @param cloudLinked whether Bitbucket Cloud links the e-mail to an account ({@code author.user} present)
     * @param dcLinked    whether Bitbucket Data Center knows the user (display name present)
     */
    record Person(String name, String email, String username, boolean cloudLinked, boolean dcLinked) {

        /** A stable Atlassian account id derived from the e-mail. */
        String accountId() {
            return "712020:" + UUID.nameUUIDFromBytes(email.getBytes(StandardCharsets.UTF_8));
        }

        /** The git author line, {@code Name <mail>}. */
        String raw() {
            return name + " <" + email + ">";
        }
    }

    static final List<Person> DEVELOPERS = List.of(
            dev("Priya Raman"), dev("Jonas Weber"), dev("Ana Souza"), dev("Kenji Sato"),
            dev("Fatima Khan"), dev("Liam O'Connor"), dev("Zoë Müller"), dev("Mateo García"),
            dev("Chloe Martin"), dev("Noah Kim"),
            new Person("Alex Novak", "alex.novak@contractors.example", "alex.novak", false, false),
            new Person("Sam Okafor", "sam.okafor@contractors.example", "sam.okafor", false, true));

    /** Dependency update bot: its e-mail is linked to no account anywhere. */
    static final Person RENOVATE = new Person("Renovate Bot", "bot@renovateapp.com", "renovate-bot", false, false);

    /** Release automation: the example exemption names its e-mail. */
    static final Person RELEASE_BOT = new Person("Release Bot", "release-bot@acme.example", "release-bot", false, true);

    private SamplePeople() {
    }

    private static Person dev(String name) {
        String user = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace("'", "").toLowerCase(Locale.ROOT).replace(' ', '.');
        return new Person(name, user + "@acme.example", user, true, true);
    }
}
