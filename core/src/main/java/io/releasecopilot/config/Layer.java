package io.releasecopilot.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One level of the configuration (flags, override file, environment, {@code .env}, Secrets Manager,
 * defaults): settings by name.
 *
 * @param level    what this level is, for messages ({@code "config file"}, {@code "env"} …)
 * @param settings the settings of this level, by name
 */
public record Layer(String level, Map<String, Setting> settings) {

    public Layer {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** Returns an empty level. */
    public static Layer empty(String level) {
        return new Layer(level, Map.of());
    }

    /**
     * Returns a level made of known names only; each value gets the same origin.
     *
     * @throws io.releasecopilot.common.UsageException when a name is unknown
     */
    public static Layer of(String level, Map<String, String> values, String origin) {
        Map<String, Setting> settings = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            Names.requireKnown(name, origin);
            settings.put(name, Setting.of(name, value, origin));
        });
        return new Layer(level, settings);
    }

    /** Returns the setting of that name at this level, or empty. */
    public Optional<Setting> get(String name) {
        return Optional.ofNullable(settings.get(name));
    }
}
