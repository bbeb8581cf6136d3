package io.releasecopilot.aws;

import io.releasecopilot.common.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * AWS credentials read from a given set of environment variables instead of this process's: what a Jenkins
 * Pipeline step receives from {@code withAWS}, {@code withCredentials} or {@code environment {}}. The SDK's
 * default chain reads the JVM's own environment, which on an agent is the agent's, not the build's.
 */
public final class EnvironmentCredentials {

    static final String ACCESS_KEY_ID = "AWS_ACCESS_KEY_ID";
    static final String SECRET_ACCESS_KEY = "AWS_SECRET_ACCESS_KEY";
    static final String SESSION_TOKEN = "AWS_SESSION_TOKEN";
    static final String PROFILE = "AWS_PROFILE";

    private EnvironmentCredentials() {
    }

    /**
     * Returns the credentials the variables name: the access key pair (with {@code AWS_SESSION_TOKEN} when set),
     * else the profile {@code AWS_PROFILE} of the shared files ({@code AWS_SHARED_CREDENTIALS_FILE},
     * {@code AWS_CONFIG_FILE}, else {@code ~/.aws/credentials} and {@code ~/.aws/config} under {@code HOME}),
     * else nothing.
     *
     * @throws UsageException when only one of {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY} is set
     */
    public static Optional<AwsCredentialsProvider> given(Map<String, String> env) {
        String id = value(env, ACCESS_KEY_ID);
        String secret = value(env, SECRET_ACCESS_KEY);
        if (id != null && secret != null) {
            String token = value(env, SESSION_TOKEN);
            return Optional.of(StaticCredentialsProvider.create(token == null ? AwsBasicCredentials.create(id, secret)
                    : AwsSessionCredentials.create(id, secret, token)));
        }
        if (id != null || secret != null) {
            throw new UsageException((id == null ? SECRET_ACCESS_KEY + " is set without " + ACCESS_KEY_ID
                    : ACCESS_KEY_ID + " is set without " + SECRET_ACCESS_KEY) + " in the environment");
        }
        String profile = value(env, PROFILE);
        return profile == null ? Optional.empty() : Optional.of(profile(env, profile));
    }

    /**
     * Returns the machine's own identity, for when the variables name none: the JVM's system properties
     * ({@code aws.accessKeyId}), the {@code default} profile of the shared files, the container role (ECS) or the
     * instance profile (EC2).
     */
    public static AwsCredentialsProvider machine(Map<String, String> env) {
        return AwsCredentialsProviderChain.of(SystemPropertyCredentialsProvider.create(), profile(env, "default"),
                ContainerCredentialsProvider.builder().build(), InstanceProfileCredentialsProvider.create());
    }

    private static AwsCredentialsProvider profile(Map<String, String> env, String name) {
        String home = value(env, "HOME") != null ? value(env, "HOME") : System.getProperty("user.home");
        Path aws = Path.of(home, ".aws");
        ProfileFile.Aggregator files = ProfileFile.aggregator();
        add(files, value(env, "AWS_CONFIG_FILE"), aws.resolve("config"), ProfileFile.Type.CONFIGURATION);
        add(files, value(env, "AWS_SHARED_CREDENTIALS_FILE"), aws.resolve("credentials"),
                ProfileFile.Type.CREDENTIALS);
        return ProfileCredentialsProvider.builder().profileFile(files.build()).profileName(name).build();
    }

    private static void add(ProfileFile.Aggregator files, String given, Path fallback, ProfileFile.Type type) {
        Path path = given != null ? Path.of(given) : fallback;
        if (Files.isRegularFile(path)) {
            files.addFile(ProfileFile.builder().content(path).type(type).build());
        }
    }

    private static String value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
