package io.releasecopilot.config;

import io.releasecopilot.common.UsageException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles a {@link Configuration} from its levels. Each front end says what it has: the CLI its flags,
 * {@code --config} and {@code --env-file}; the Lambda handler its event; the Jenkins step its parameters.
 *
 * <pre>
 * Configuration config = ConfigLoader.builder()
 *         .flag("AWS_REGION", "eu-west-1", "flag --region")
 *         .configFile(Path.of("rc.yml"))
 *         .environment(System.getenv())
 *         .dotEnv(Path.of(".env"), false)
 *         .load();
 * </pre>
 */
public final class ConfigLoader {

    private static final Logger LOG = System.getLogger(ConfigLoader.class.getName());

    /** The origin of values taken from the process environment. */
    public static final String ENV = "env";

    private final Map<String, Setting> flags = new LinkedHashMap<>();
    private final Map<String, Setting> extraDefaults = new LinkedHashMap<>();
    private Path configFile;
    private Map<String, String> environment = Map.of();
    private Path dotEnv;
    private boolean dotEnvRequired;
    private boolean skipBrokenDotEnv;

    private ConfigLoader() {
    }

    /** Returns an empty loader: no flags, no files, an empty environment. */
    public static ConfigLoader builder() {
        return new ConfigLoader();
    }

    /**
     * Sets a value at the highest level (a flag, a step parameter, an event field).
     *
     * @param origin how it was given, e.g. {@code flag --region}
     * @throws UsageException when the name is unknown
     */
    public ConfigLoader flag(String name, String value, String origin) {
        Names.requireKnown(name, origin);
        flags.put(name, Setting.of(name, value, origin));
        return this;
    }

    /** Sets the override file ({@code --config FILE}); {@code null} for none. */
    public ConfigLoader configFile(Path file) {
        configFile = file;
        return this;
    }

    /** Sets the process environment; only known names are read and blank values count as unset. */
    public ConfigLoader environment(Map<String, String> env) {
        environment = Map.copyOf(env);
        return this;
    }

    /**
     * Sets the {@code .env} file.
     *
     * @param required whether a missing file is an error (given by the user) or simply skipped (the default
     *                 {@code .env} of the working directory)
     */
    public ConfigLoader dotEnv(Path file, boolean required) {
        dotEnv = file;
        dotEnvRequired = required;
        return this;
    }

    /**
     * Lets {@link #load} go on without an optional {@code .env} (one not named by the user) that cannot be read or
     * is malformed, with a warning: for a run that needs nothing from it, such as an offline audit.
     */
    public ConfigLoader skipBrokenDotEnv(boolean value) {
        skipBrokenDotEnv = value;
        return this;
    }

    /** Adds a built-in default of this front end, above {@code defaults.yml} (the Lambda's SECRETS_MANAGER). */
    public ConfigLoader defaultValue(String name, String value, String origin) {
        Names.requireKnown(name, origin);
        extraDefaults.put(name, Setting.of(name, value, origin));
        return this;
    }

    /**
     * Reads the files and returns the merged configuration, without a Secrets Manager level; add one with
     * {@link Configuration#withSecrets}.
     *
     * @throws UsageException when a file is missing, malformed or names an unknown setting
     */
    public Configuration load() {
        List<Layer> upper = new ArrayList<>();
        upper.add(new Layer("flags", flags));
        if (configFile != null) {
            upper.add(ConfigFile.load(configFile));
        }
        upper.add(environmentLayer());
        if (dotEnv != null && (dotEnvRequired || Files.isRegularFile(dotEnv))) {
            try {
                upper.add(DotEnvFile.load(dotEnv));
            } catch (UsageException e) {
                if (dotEnvRequired || !skipBrokenDotEnv) {
                    throw e;
                }
                LOG.log(Level.WARNING, "ignoring {0}: {1}", dotEnv, e.getMessage());
            }
        }
        Map<String, Setting> defaults = new LinkedHashMap<>(ConfigFile.defaults().settings());
        defaults.putAll(extraDefaults);
        return new Configuration(upper, new Layer(ConfigFile.DEFAULTS, defaults), null);
    }

    private Layer environmentLayer() {
        Map<String, Setting> settings = new LinkedHashMap<>();
        environment.forEach((name, value) -> {
            if (Names.isKnown(name) && value != null && !value.isBlank()) {
                settings.put(name, Setting.of(name, value, ENV));
            }
        });
        String fallbackRegion = environment.get("AWS_DEFAULT_REGION");
        if (!settings.containsKey(Names.AWS_REGION) && fallbackRegion != null && !fallbackRegion.isBlank()) {
            settings.put(Names.AWS_REGION, Setting.of(Names.AWS_REGION, fallbackRegion, "env AWS_DEFAULT_REGION"));
        }
        return new Layer(ENV, settings);
    }
}
