package io.releasecopilot.jenkins;

/** The plugin's version as its jar's manifest states it; reports record it as the tool version. */
final class PluginVersion {

    private PluginVersion() {
    }

    /** Returns the version, or {@code dev} outside a packaged plugin. */
    static String get() {
        String version = PluginVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
