/**
 * Configuration and credentials (docs/aws.md): the levels (flags, override file, environment and
 * {@code .env}, Secrets Manager, {@code defaults.yml}), their precedence, the origin of every value, and
 * secret ids resolved after the levels are merged. No AWS types: the secret store comes in through
 * {@link io.releasecopilot.config.SecretResolver}.
 */
package io.releasecopilot.config;
