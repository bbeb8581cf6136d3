/**
 * The wiring of the sources, the one package that knows every adapter: {@link
 * io.releasecopilot.source.live.FetchRunner} fetches Jira and Bitbucket into a cache directory (what to fetch is a
 * {@link io.releasecopilot.source.live.FetchRequest}), and {@link io.releasecopilot.source.live.CacheReader} reads a
 * cache back into the audit input with the adapters' page parsers. Adapters ({@code source.jira},
 * {@code source.bitbucket}, {@code source.predecessor}) depend on {@code source} and {@code cache}, never on this
 * package.
 */
package io.releasecopilot.source.live;
