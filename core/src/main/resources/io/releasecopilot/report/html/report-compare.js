/*
 * Release Copilot HTML report: comparison with a previous report (the previous-data island): stories added and
 * removed, status changes, new and resolved orphan commits (by repository and hash), coverage delta.
 */
(function (global) {
  'use strict';

  const RC = global.ReleaseCopilot;
  const { h } = RC;

  /** Returns the differences between two models (see RC.buildModel). */
  RC.compareModels = function (current, previous) {
    const before = new Map(previous.stories.map((s) => [s.key, s]));
    const after = new Map(current.stories.map((s) => [s.key, s]));
    const orphanIds = (model) => new Set(model.commits.filter((c) => c.category === 'orphan').map((c) => c.id));
    const orphansBefore = orphanIds(previous);
    const orphansAfter = orphanIds(current);
    const coverageBefore = RC.percent(previous.counts);
    const coverageAfter = RC.percent(current.counts);
    return {
      added: current.stories.filter((s) => !before.has(s.key)),
      removed: previous.stories.filter((s) => !after.has(s.key)),
      statusChanges: current.stories.filter((s) => before.has(s.key) && before.get(s.key).status !== s.status)
        .map((s) => ({ story: s, before: before.get(s.key).status, after: s.status })),
      newOrphans: current.commits.filter((c) => c.category === 'orphan' && !orphansBefore.has(c.id)),
      resolvedOrphans: previous.commits.filter((c) => c.category === 'orphan' && !orphansAfter.has(c.id))
        .map((c) => ({ commit: c, now: current.commitsById.get(c.id) || null })),
      coverageBefore,
      coverageAfter,
      coverageDelta: Math.round((coverageAfter - coverageBefore) * 10) / 10,
    };
  };

  /** Formats a signed difference: +3, −2, ±0. */
  RC.signed = function (n, digits) {
    const text = digits ? Math.abs(n).toFixed(digits) : RC.num(Math.abs(n));
    return n > 0 ? '+' + text : n < 0 ? '\u2212' + text : '\u00B10';
  };

  function storyColumns() {
    return [
      { key: 'key', label: 'Key', value: (s) => s.key, cell: (s) => RC.link(s.url, s.key, { class: 'rc-key' }) },
      { key: 'summary', label: 'Summary', value: (s) => s.summary, className: 'rc-col-wide' },
      { key: 'status', label: 'Status', value: (s) => s.status },
      { key: 'category', label: 'Category', value: (s) => RC.storyCategoryLabel(s.category) },
    ];
  }

  function commitColumns(extra) {
    return [
      { key: 'repo', label: 'Repository', value: (c) => c.repo },
      { key: 'hash', label: 'Commit', value: (c) => c.hash, cell: (c) => RC.hashLink(c), ordinal: true },
      { key: 'date', label: 'Date (UTC)', value: (c) => c.time, cell: (c) => RC.timeElement(c.time), csv: (c) => RC.formatTime(c.time) },
      { key: 'author', label: 'Author', value: (c) => c.author },
      { key: 'message', label: 'Message', value: (c) => c.subject, csv: (c) => c.message, className: 'rc-col-wide' },
    ].concat(extra || []);
  }

  function section(title, table, id) {
    return h('section', { class: 'rc-compare-section', 'aria-labelledby': id + '-title' },
      h('h3', { id: id + '-title', text: title }), table.element);
  }

  function card(label, value, id, detail) {
    return h('div', { class: 'rc-kpi rc-kpi-compare', 'data-compare': id, 'data-value': String(value) },
      h('span', { class: 'rc-kpi-label', text: label }),
      h('span', { class: 'rc-kpi-value', text: typeof value === 'number' ? RC.num(value) : value }),
      detail ? h('span', { class: 'rc-kpi-sub', text: detail }) : null);
  }

  /** Renders the comparison view; returns its element. */
  RC.renderComparison = function (current, previous) {
    const diff = RC.compareModels(current, previous);
    const name = RC.fileSafe(current.fixVersion);
    const table = (id, caption, noun, columns, rows, sort) => {
      const t = new RC.Table({ id: 'table-' + id, caption, noun, columns, csvName: name + '-' + id, sort });
      t.setRows(rows);
      return t;
    };
    const statusColumns = [
      { key: 'key', label: 'Key', value: (r) => r.story.key, cell: (r) => RC.link(r.story.url, r.story.key, { class: 'rc-key' }) },
      { key: 'summary', label: 'Summary', value: (r) => r.story.summary, className: 'rc-col-wide' },
      { key: 'before', label: 'Before', value: (r) => r.before },
      { key: 'after', label: 'Now', value: (r) => r.after },
    ];
    const resolvedColumns = commitColumns().map((column) => Object.assign({}, column, {
      value: (r) => column.value(r.commit),
      cell: column.cell ? (r) => column.cell(r.commit) : null,
      csv: column.csv ? (r) => column.csv(r.commit) : null,
    })).concat([{ key: 'now', label: 'Now', value: (r) => (r.now ? RC.commitCategoryLabel(r.now.category) : 'not in this run') }]);
    const keySort = { key: 'key', dir: 1 };
    const previousTime = previous.generatedAt === null ? 'an unknown time' : RC.formatTime(previous.generatedAt) + ' UTC';
    return h('div', { class: 'rc-compare' },
      h('p', { class: 'rc-compare-intro' }, 'Compared with the report of fix version ',
        h('strong', { text: previous.fixVersion }), ' generated ' + previousTime + '.'),
      h('div', { class: 'rc-kpi-grid rc-compare-cards' },
        card('Coverage', RC.signed(diff.coverageDelta, 1) + ' pp', 'coverageDelta',
          diff.coverageBefore.toFixed(1) + ' % \u2192 ' + diff.coverageAfter.toFixed(1) + ' %'),
        card('Stories added', diff.added.length, 'added'),
        card('Stories removed', diff.removed.length, 'removed'),
        card('Status changes', diff.statusChanges.length, 'statusChanges'),
        card('New orphans', diff.newOrphans.length, 'newOrphans'),
        card('Resolved orphans', diff.resolvedOrphans.length, 'resolvedOrphans')),
      section('Stories added', table('cmp-added', 'Stories added', ['story', 'stories'], storyColumns(), diff.added, keySort), 'cmp-added'),
      section('Stories removed', table('cmp-removed', 'Stories removed', ['story', 'stories'], storyColumns(), diff.removed, keySort), 'cmp-removed'),
      section('Status changes', table('cmp-status', 'Status changes', ['story', 'stories'], statusColumns, diff.statusChanges, keySort), 'cmp-status'),
      section('New orphan commits', table('cmp-new-orphans', 'New orphan commits', ['commit', 'commits'], commitColumns(), diff.newOrphans, { key: 'date', dir: -1 }), 'cmp-new-orphans'),
      section('Resolved orphan commits', table('cmp-resolved-orphans', 'Resolved orphan commits', ['commit', 'commits'], resolvedColumns, diff.resolvedOrphans, { key: 'date', dir: -1 }), 'cmp-resolved-orphans'));
  };

  RC.commitColumns = commitColumns;
})(window);
