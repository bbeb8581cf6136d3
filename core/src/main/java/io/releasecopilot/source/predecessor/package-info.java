/**
 * The Python predecessor's cache, read as it is: {@code jira/jira_<fixVersion>_<time>.json} and
 * {@code bitbucket/bitbucket_<repo>_<branch>_<from>_<to>_<time>.json}, the newest file per name prefix, parsed
 * with the Jira and Bitbucket Cloud page parsers (docs/cache-layout.md).
 */
package io.releasecopilot.source.predecessor;
