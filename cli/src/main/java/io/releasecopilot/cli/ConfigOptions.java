package io.releasecopilot.cli;

import io.releasecopilot.audit.AuditPaths;
import io.releasecopilot.config.ConfigLoader;
import io.releasecopilot.config.Configuration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * The configuration flags every command shares: {@code --config FILE}, {@code --env-file FILE},
 * {@code --set NAME=VALUE} and {@code --region}. Together with the environment, {@code .env} and
 * {@code defaults.yml} they make the {@link Configuration} (levels: docs/aws.md, "Configuration levels").
 */
final class ConfigOptions {

    private static final Path DOT_ENV = Path.of(".env");

    /** The process environment; tests replace it to stay independent of the machine. */
    static Supplier<Map<String, String>> environment = System::getenv;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Override file (YAML, NAME: value) above the environment and below flags.")
    Path configFile;

    @Option(names = "--env-file", paramLabel = "FILE",
            description = "A .env file to read (default: .env in the working directory, if there is one).")
    Path envFile;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Set a configuration value at the highest level (repeatable), e.g. --set DYNAMODB_TABLE=rc.")
    Map<String, String> sets = new LinkedHashMap<>();

    @Option(names = "--region", paramLabel = "REGION",
            description = "AWS region for S3, Secrets Manager and DynamoDB (default: AWS_REGION).")
    String region;

    /** Adds the files these flags read ({@code --config}, {@code --env-file} or an existing {@code .env}). */
    AuditPaths addInputsTo(AuditPaths paths) {
        paths.input("--config", configFile);
        if (envFile != null) {
            paths.input("--env-file", envFile);
        } else if (Files.exists(DOT_ENV)) {
            paths.input(".env", DOT_ENV);
        }
        return paths;
    }

    /**
     * Merges the levels; {@code moreFlags} adds the calling command's own flags.
     *
     * @throws io.releasecopilot.common.UsageException for an unknown name or a bad file
     */
    Configuration load(Consumer<ConfigLoader> moreFlags) {
        return load(environment.get(), moreFlags);
    }

    /** Merges the levels with {@code env} as the environment level. */
    Configuration load(Map<String, String> env, Consumer<ConfigLoader> moreFlags) {
        return load(env, moreFlags, false);
    }

    /**
     * Merges the levels; with {@code offline}, an implicit {@code .env} that cannot be read is skipped with a
     * warning, since an offline run needs no credentials.
     */
    Configuration load(Map<String, String> env, Consumer<ConfigLoader> moreFlags, boolean offline) {
        ConfigLoader loader = ConfigLoader.builder()
                .configFile(configFile)
                .environment(env)
                .dotEnv(envFile != null ? envFile : DOT_ENV, envFile != null)
                .skipBrokenDotEnv(offline);
        sets.forEach((name, value) -> loader.flag(name, value, "flag --set"));
        moreFlags.accept(loader);
        if (region != null) {
            loader.flag("AWS_REGION", region, "flag --region");
        }
        return loader.load();
    }
}
