/*
 * Release Copilot HTML report: turns a release-audit/v1 report into rows for the tables, once, with what the
 * filters and sorting need precomputed (times, lower-case search text). Missing or malformed fields become
 * empty values instead of errors.
 */
(function (global) {
  'use strict';

  const RC = global.ReleaseCopilot;
  const { str, list } = RC;

  /** Returns the key of a commit in maps: repository and hash. */
  RC.commitId = function (repo, hash) {
    return str(repo) + '\u0000' + str(hash).toLowerCase();
  };

  function keys(links) {
    return list(links).map((link) => str(link && link.key)).filter((key) => key !== '');
  }

  function commitRow(c) {
    const message = str(c.message);
    const row = {
      repo: str(c.repo),
      hash: str(c.hash).toLowerCase(),
      url: RC.safeUrl(c.url),
      time: RC.parseDate(c.date),
      author: str(c.author),
      email: str(c.authorEmail),
      merge: c.merge === true,
      branches: list(c.branches).map(str),
      message,
      subject: RC.firstLine(message),
      category: str(c.category),
      keys: keys(c.links),
      outKeys: keys(c.outOfScopeKeys),
      reverted: c.reverted === true,
      reason: str(c.reason),
    };
    row.id = RC.commitId(row.repo, row.hash);
    row.search = [row.hash, row.repo, row.author, row.email, message, row.keys.join(' '), row.outKeys.join(' '),
      row.branches.join(' '), row.reason].join('\n').toLowerCase();
    return row;
  }

  function storyRow(s, commitsById) {
    const row = {
      key: str(s.key),
      url: RC.safeUrl(s.url),
      summary: str(s.summary),
      status: str(s.status),
      statusCategory: str(s.statusCategory),
      issueType: str(s.issueType),
      parent: str(s.parent),
      assignee: str(s.assignee),
      labels: list(s.labels).map(str),
      components: list(s.components).map(str),
      updated: RC.parseDate(s.updated),
      category: str(s.category),
    };
    row.links = list(s.commits).filter((link) => link && typeof link === 'object').map((link) => ({
      repo: str(link.repo),
      hash: str(link.hash).toLowerCase(),
      source: str(link.source),
      via: str(link.via),
      reverted: link.reverted === true,
      url: RC.safeUrl(link.url),
      commit: commitsById.get(RC.commitId(link.repo, link.hash)) || null,
    }));
    row.search = [row.key, row.summary, row.status, row.issueType, row.assignee, row.labels.join(' '),
      row.components.join(' '), row.links.map((link) => link.hash).join(' ')].join('\n').toLowerCase();
    return row;
  }

  function sortedValues(values) {
    return Array.from(new Set(values)).filter((value) => value !== '')
      .sort(new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare);
  }

  /**
   * Returns the model of a report: {report, counts, gate, stories, commits, commitsById, options, browseUrl}.
   * options holds the sorted distinct statuses, assignees, labels, components, repositories and branches.
   */
  RC.buildModel = function (report) {
    if (!report || typeof report !== 'object') {
      throw new Error('the report data is not a JSON object');
    }
    const commits = list(report.commits).filter((c) => c && typeof c === 'object').map(commitRow);
    const commitsById = new Map(commits.map((c) => [c.id, c]));
    const stories = list(report.stories).filter((s) => s && typeof s === 'object')
      .map((s) => storyRow(s, commitsById));
    const repositories = list(report.repositories).map((r) => str(r && r.name));
    return {
      report,
      fixVersion: str(report.fixVersion),
      generatedAt: RC.parseDate(report.generatedAt),
      counts: report.counts && typeof report.counts === 'object' ? report.counts : {},
      gate: {
        status: ['PASS', 'WARN', 'FAIL'].includes(report.gate && report.gate.status) ? report.gate.status : 'UNKNOWN',
        reasons: list(report.gate && report.gate.reasons).map(str),
        incompleteData: list(report.gate && report.gate.incompleteData).map(str),
      },
      stories,
      commits,
      commitsById,
      browseUrl: RC.safeUrl(report.jira && report.jira.browseUrl),
      options: {
        statuses: sortedValues(stories.map((s) => s.status)),
        assignees: sortedValues(stories.map((s) => s.assignee)),
        labels: sortedValues(stories.flatMap((s) => s.labels)),
        components: sortedValues(stories.flatMap((s) => s.components)),
        repositories: sortedValues(repositories.concat(commits.map((c) => c.repo))),
        branches: sortedValues(commits.flatMap((c) => c.branches)),
      },
    };
  };

  const STORY_CATEGORIES = { withCommits: 'with commits', withoutCommits: 'without commits', revertedOnly: 'reverted only' };
  const COMMIT_CATEGORIES = { linked: 'linked', orphan: 'orphan', outOfScope: 'out of scope', exempt: 'exempt' };

  /** Returns the words for a story category id (withCommits -> with commits). */
  RC.storyCategoryLabel = function (id) {
    return STORY_CATEGORIES[id] || id;
  };

  /** Returns the words for a commit category id (outOfScope -> out of scope). */
  RC.commitCategoryLabel = function (id) {
    return COMMIT_CATEGORIES[id] || id;
  };

  /** Returns a commit's short hash, linked to Bitbucket when the report has its address. */
  RC.hashLink = function (commit) {
    return RC.link(commit.url, commit.hash.slice(0, 12), { class: 'rc-hash', title: commit.hash });
  };

  /** Returns the Jira link of an issue key that is not a story of the report (out-of-scope keys). */
  RC.issueUrl = function (model, key) {
    return model.browseUrl ? RC.safeUrl(model.browseUrl + encodeURIComponent(key)) : null;
  };
})(window);
