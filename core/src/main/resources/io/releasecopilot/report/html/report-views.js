/*
 * Release Copilot HTML report: the columns of the five tables and the commit list shown when a story row is
 * expanded.
 */
(function (global) {
  'use strict';

  const RC = global.ReleaseCopilot;
  const { h } = RC;

  const SOURCES = {
    message: 'message', 'merged-branch': 'merged branch', 'pr-title': 'PR title', 'pr-branch': 'PR branch',
    override: 'override',
  };

  function joined(values) {
    return values.join(', ');
  }

  function keyCell(story) {
    return RC.link(story.url, story.key, { class: 'rc-key' });
  }

  function messageCell(commit) {
    return h('span', { class: 'rc-message', title: commit.message, text: commit.subject });
  }

  function keyLinks(model, keys) {
    const out = [];
    keys.forEach((key, i) => {
      if (i > 0) {
        out.push(', ');
      }
      out.push(RC.link(RC.issueUrl(model, key), key, { class: 'rc-key' }));
    });
    return h('span', null, out);
  }

  function lastCommitTime(story) {
    let last = null;
    for (const link of story.links) {
      const time = link.commit ? link.commit.time : null;
      if (time !== null && (last === null || time > last)) {
        last = time;
      }
    }
    return last;
  }

  function notes(commit) {
    const parts = [];
    if (commit.merge) {
      parts.push('merge');
    }
    if (commit.reverted) {
      parts.push('reverted');
    }
    if (commit.reason) {
      parts.push(commit.reason);
    }
    return parts.join('; ');
  }

  /** The columns every story table starts with. */
  function storyColumns() {
    return [
      { key: 'key', label: 'Key', value: (s) => s.key, cell: keyCell },
      { key: 'summary', label: 'Summary', value: (s) => s.summary, className: 'rc-col-wide' },
      { key: 'type', label: 'Type', value: (s) => s.issueType },
      { key: 'status', label: 'Status', value: (s) => s.status,
        cell: (s) => h('span', { class: 'rc-status rc-status-' + RC.fileSafe(s.statusCategory), text: s.status }) },
      { key: 'assignee', label: 'Assignee', value: (s) => s.assignee },
      { key: 'labels', label: 'Labels', value: (s) => joined(s.labels) },
      { key: 'components', label: 'Components', value: (s) => joined(s.components) },
    ];
  }

  function linkList(story) {
    return story.links.map((link) => link.repo + ':' + link.hash).join(' ');
  }

  /** Columns of 'Stories with commits'. */
  RC.withCommitsColumns = function () {
    return storyColumns().concat([
      { key: 'commits', label: 'Commits', value: (s) => s.links.length, className: 'rc-num' },
      { key: 'last', label: 'Last commit (UTC)', value: lastCommitTime, cell: (s) => RC.timeElement(lastCommitTime(s)),
        csv: (s) => RC.formatTime(lastCommitTime(s)) },
      { key: 'hashes', label: 'Commit list', value: linkList, csvOnly: true },
    ]);
  };

  /** Columns of 'Stories without commits' (no commits, or only reverted ones). */
  RC.withoutCommitsColumns = function () {
    return storyColumns().concat([
      { key: 'updated', label: 'Updated (UTC)', value: (s) => s.updated, cell: (s) => RC.timeElement(s.updated),
        csv: (s) => RC.formatTime(s.updated) },
      { key: 'category', label: 'Category', value: (s) => RC.storyCategoryLabel(s.category) },
      { key: 'hashes', label: 'Reverted commits', value: linkList, csvOnly: true },
    ]);
  };

  function commitStart() {
    return [
      { key: 'repo', label: 'Repository', value: (c) => c.repo },
      { key: 'hash', label: 'Commit', value: (c) => c.hash, cell: RC.hashLink, ordinal: true },
      { key: 'date', label: 'Date (UTC)', value: (c) => c.time, cell: (c) => RC.timeElement(c.time),
        csv: (c) => RC.formatTime(c.time) },
      { key: 'author', label: 'Author', value: (c) => c.author },
      { key: 'message', label: 'Message', value: (c) => c.subject, cell: messageCell, csv: (c) => c.message,
        className: 'rc-col-wide' },
    ];
  }

  const branches = { key: 'branches', label: 'Branches', value: (c) => joined(c.branches) };

  /** Columns of 'Out-of-scope commits'. */
  RC.outOfScopeColumns = function (model) {
    return commitStart().concat([
      { key: 'keys', label: 'Issue keys', value: (c) => joined(c.outKeys), cell: (c) => keyLinks(model, c.outKeys) },
      branches,
    ]);
  };

  /** Columns of 'Orphan commits'. */
  RC.orphanColumns = function () {
    return commitStart().concat([branches, { key: 'notes', label: 'Notes', value: notes }]);
  };

  /** Columns of 'All commits'. */
  RC.allCommitsColumns = function (model) {
    return commitStart().concat([
      { key: 'category', label: 'Category', value: (c) => RC.commitCategoryLabel(c.category),
        cell: (c) => h('span', { class: 'rc-cat rc-cat-' + RC.fileSafe(c.category), text: RC.commitCategoryLabel(c.category) }) },
      { key: 'keys', label: 'Issue keys', value: (c) => joined(c.keys.concat(c.outKeys)),
        cell: (c) => keyLinks(model, c.keys.concat(c.outKeys)) },
      branches,
      { key: 'notes', label: 'Notes', value: notes },
    ]);
  };

  /** Returns the commits of a story as a small table, for an expanded row. */
  RC.storyCommits = function (story) {
    const rows = story.links.map((link) => {
      const c = link.commit;
      const state = [SOURCES[link.source] || link.source];
      if (link.via) {
        state.push('via ' + link.via);
      }
      if (link.reverted) {
        state.push('reverted');
      }
      return h('tr', null,
        h('td', { text: link.repo }),
        h('td', null, RC.hashLink(c || link)),
        h('td', null, c ? RC.timeElement(c.time) : ''),
        h('td', { text: c ? c.author : '' }),
        h('td', { class: 'rc-col-wide' }, c ? messageCell(c) : ''),
        h('td', { text: c ? joined(c.branches) : '' }),
        h('td', { text: state.join(', ') }));
    });
    const head = ['Repository', 'Commit', 'Date (UTC)', 'Author', 'Message', 'Branches', 'Found in']
      .map((label) => h('th', { scope: 'col', text: label }));
    return h('table', { class: 'rc-subtable' },
      h('caption', { class: 'rc-visually-hidden', text: 'Commits of ' + story.key }),
      h('thead', null, h('tr', null, head)), h('tbody', null, rows));
  };
})(window);
