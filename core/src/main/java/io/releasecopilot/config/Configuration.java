package io.releasecopilot.config;

import io.releasecopilot.common.SecretValue;
import io.releasecopilot.common.UsageException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The effective configuration: levels merged by the precedence of docs/aws.md ("Configuration levels"), highest first —
 * flags and step parameters, the override file, the environment, {@code .env}, Secrets Manager, {@code defaults.yml}.
 *
 * <p>The Secrets Manager level is filled only after the other levels are merged, from the secret ids that
 * won ({@link #secretRefs()}), and only when a {@link SecretResolver} was given ({@link #withSecrets}). It is
 * read lazily, once, the first time a name it may supply is looked up and no higher level sets it: a run
 * that never asks for a credential never calls the store. A built-in (canonical) id whose secret does not
 * exist is skipped with a warning; an id set at any level must exist, and any other error fails.
 */
public final class Configuration implements ConfigLookup {

    private static final Logger LOG = System.getLogger(Configuration.class.getName());
    private static final String NOT_FOUND = "ResourceNotFoundException";

    private final List<Layer> upper;
    private final Layer defaults;
    private final SecretResolver resolver;
    private Map<String, Setting> secrets;
    private SecretException failure;

    Configuration(List<Layer> upper, Layer defaults, SecretResolver resolver) {
        this.upper = List.copyOf(upper);
        this.defaults = defaults;
        this.resolver = resolver;
    }

    /** Returns a configuration of these values alone, each with origin {@code origin}: for tests and embedding. */
    public static Configuration of(Map<String, String> values, String origin) {
        return new Configuration(List.of(Layer.of(origin, values, origin)), Layer.empty(ConfigFile.DEFAULTS), null);
    }

    /** Returns this configuration with a Secrets Manager level read through {@code secretResolver}. */
    public Configuration withSecrets(SecretResolver secretResolver) {
        return new Configuration(upper, defaults, secretResolver);
    }

    @Override
    public Optional<String> get(String name) {
        return setting(name).filter(setting -> !setting.isEmpty()).map(Setting::value);
    }

    /** Returns the value of a credential as a {@link SecretValue}, or empty. */
    public Optional<SecretValue> secret(String name) {
        return get(name).map(SecretValue::of);
    }

    /**
     * Returns the winning setting of the name with its origin, or empty. A setting with an empty value
     * hides the levels below it.
     *
     * @throws SecretException when the Secrets Manager level is needed and a secret cannot be read
     */
    public Optional<Setting> setting(String name) {
        Optional<Setting> above = settingAboveSecrets(name);
        if (above.isPresent()) {
            return above;
        }
        if (Names.fromSecrets(name) && usesSecrets()) {
            Setting fromSecret = secrets().get(name);
            if (fromSecret != null) {
                return Optional.of(fromSecret);
            }
        }
        return defaults.get(name);
    }

    /** Returns the setting of the name from the levels above Secrets Manager (flags to {@code .env}), or empty. */
    public Optional<Setting> settingAboveSecrets(String name) {
        for (Layer layer : upper) {
            Optional<Setting> setting = layer.get(name);
            if (setting.isPresent()) {
                return setting;
            }
        }
        return Optional.empty();
    }

    /** Returns every name that has a value, in display order, with the Secrets Manager level read if enabled. */
    public List<Setting> effective() {
        Set<String> names = new LinkedHashSet<>();
        upper.forEach(layer -> names.addAll(layer.settings().keySet()));
        names.addAll(defaults.settings().keySet());
        if (usesSecrets()) {
            names.addAll(secrets().keySet());
        }
        List<Setting> settings = new ArrayList<>();
        for (String name : names) {
            setting(name).ifPresent(settings::add);
        }
        settings.sort(Comparator.comparingInt((Setting s) -> Names.order(s.name())).thenComparing(Setting::name));
        return settings;
    }

    /**
     * Reads the Secrets Manager level now, if it is in use, so that a front end fails at its start rather
     * than at its first lookup; returns how many names it supplies.
     *
     * @throws SecretException when a secret cannot be read
     */
    public int readSecrets() {
        return usesSecrets() ? secrets().size() : 0;
    }

    /** Returns the three secret ids as merged from every level but Secrets Manager, whether read or not. */
    public List<SecretRef> secretRefs() {
        boolean all = secretsManagerOn();
        List<SecretRef> refs = new ArrayList<>();
        for (String idSetting : Names.SECRET_IDS) {
            Optional<Setting> id = mergedWithoutSecrets(idSetting);
            String value = id.map(Setting::value).orElse("").strip();
            String origin = id.map(Setting::origin).orElse("unset");
            boolean explicit = id.isPresent() && !ConfigFile.DEFAULTS.equals(origin);
            refs.add(new SecretRef(idSetting, value, origin, !value.isEmpty() && (all || explicit)));
        }
        return refs;
    }

    /** Returns whether a Secrets Manager level is in use: a resolver was given and some id is enabled. */
    public boolean usesSecrets() {
        return resolver != null && secretRefs().stream().anyMatch(SecretRef::enabled);
    }

    private boolean secretsManagerOn() {
        Optional<Setting> flag = mergedWithoutSecrets(Names.SECRETS_MANAGER).filter(s -> !s.isEmpty());
        if (flag.isEmpty()) {
            return false;
        }
        return switch (flag.get().value().strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new UsageException(flag.get().origin() + ": " + Names.SECRETS_MANAGER
                    + " must be true or false");
        };
    }

    private Optional<Setting> mergedWithoutSecrets(String name) {
        return settingAboveSecrets(name).or(() -> defaults.get(name));
    }

    private synchronized Map<String, Setting> secrets() {
        if (failure != null) {
            throw failure;
        }
        if (secrets == null) {
            Map<String, Setting> read = new LinkedHashMap<>();
            try {
                for (SecretRef ref : secretRefs()) {
                    if (ref.enabled()) {
                        read(ref).forEach(read::putIfAbsent);
                    }
                }
            } catch (SecretException e) {
                failure = e;
                throw e;
            }
            secrets = read;
        }
        return secrets;
    }

    /** Reads one secret; a built-in id that does not exist is skipped, an id someone set must exist. */
    private Map<String, Setting> read(SecretRef ref) {
        try {
            return SecretPayload.parse(ref.setting(), ref.id(), resolver.fetch(ref.id()));
        } catch (SecretException e) {
            if (NOT_FOUND.equals(e.errorCode()) && ConfigFile.DEFAULTS.equals(ref.origin())) {
                LOG.log(Level.WARNING, "{0} ({1}) does not exist; its names stay unset", ref.setting(), ref.id());
                return Map.of();
            }
            throw e;
        }
    }
}
