/*
 * Release Copilot HTML report: the page. Reads the report from the data island #audit-data (and a previous
 * report from #previous-data), or fetches it from the URLs in data-report-url / data-previous-url of #rc-app
 * when a host page (Jenkins) serves the data separately; then renders the header, key figures, filters, tabs
 * and tables into #rc-app.
 */
(function (global) {
  'use strict';

  const RC = global.ReleaseCopilot;
  const { h, str } = RC;
  const NONE = '\u0000none';
  const DAY = 86400000;

  const TABS = [
    { id: 'with', label: 'Stories with commits', filters: ['story', 'commit', 'text'] },
    { id: 'without', label: 'Stories without commits', filters: ['story', 'text'] },
    { id: 'out-of-scope', label: 'Out-of-scope commits', filters: ['commit', 'text'] },
    { id: 'orphans', label: 'Orphan commits', filters: ['commit', 'text'] },
    { id: 'commits', label: 'All commits', filters: ['commit', 'text'] },
    { id: 'compare', label: 'Comparison', filters: [] },
  ];

  const KPIS = [
    ['Stories', [
      ['storiesTotal', 'Stories', null, ''],
      ['storiesWithCommits', 'With commits', 'with', 'good'],
      ['storiesWithoutCommits', 'Without commits', 'without', 'bad'],
      ['storiesRevertedOnly', 'Reverted only', 'without', 'bad'],
    ]],
    ['Commits', [
      ['commitsTotal', 'Commits', 'commits', ''],
      ['linkedCommits', 'Linked', null, 'good'],
      ['orphanCommits', 'Orphan', 'orphans', 'bad'],
      ['outOfScopeCommits', 'Out of scope', 'out-of-scope', 'bad'],
      ['exemptCommits', 'Exempt', null, ''],
    ]],
  ];

  function renderHeader(model) {
    const report = model.report;
    const gate = model.gate.status;
    const generated = model.generatedAt === null ? 'at an unknown time' : RC.formatTime(model.generatedAt) + ' UTC';
    const scope = Object.entries(report.scope && typeof report.scope === 'object' ? report.scope : {});
    return h('header', { class: 'rc-header' },
      h('div', { class: 'rc-title' },
        h('p', { class: 'rc-eyebrow', text: 'Release audit' }),
        h('h1', { class: 'rc-version', text: model.fixVersion }),
        h('p', { class: 'rc-meta', text: 'Generated ' + generated + ' by Release Copilot ' + str(report.tool && report.tool.version) }),
        scope.length ? h('ul', { class: 'rc-chips', 'aria-label': 'Scope' },
          scope.map(([key, value]) => h('li', { class: 'rc-chip', text: key + ' = ' + str(value) }))) : null),
      h('div', { class: 'rc-gate rc-gate-' + gate.toLowerCase(), role: 'status', 'data-gate': gate },
        h('span', { class: 'rc-gate-label', text: 'Gate' }),
        h('span', { class: 'rc-gate-status', text: gate }),
        model.gate.reasons.length
          ? h('ul', { class: 'rc-reasons' }, model.gate.reasons.map((reason) => h('li', { text: reason })))
          : h('p', { class: 'rc-reasons', text: 'Every threshold of the policy is met.' }),
        model.gate.incompleteData.length
          ? h('div', { class: 'rc-incomplete', role: 'alert' },
            h('strong', { text: 'Incomplete data' }),
            h('span', { text: ': the figures lack the end of these fetches:' }),
            h('ul', null, model.gate.incompleteData.map((fetch) => h('li', { text: fetch }))))
          : null));
  }

  function delta(value, before, kind) {
    if (before === undefined) {
      return null;
    }
    const d = value - before;
    const worse = (kind === 'bad' && d > 0) || (kind === 'good' && d < 0);
    const better = (kind === 'bad' && d < 0) || (kind === 'good' && d > 0);
    return h('span', { class: 'rc-kpi-delta' + (worse ? ' rc-worse' : better ? ' rc-better' : ''),
      title: 'Change since the previous report', text: RC.signed(d) + ' vs previous' });
  }

  function renderKpis(model, previous, showTab) {
    const counts = model.counts;
    const percent = RC.percent(counts);
    const coverage = h('div', { class: 'rc-kpi rc-kpi-coverage', 'data-kpi': 'coverage', 'data-value': percent.toFixed(1) },
      h('span', { class: 'rc-kpi-label', text: 'Coverage' }),
      h('span', { class: 'rc-kpi-value', text: percent.toFixed(1) + ' %' }),
      h('meter', { min: 0, max: 100, value: percent, class: 'rc-meter', 'aria-label': 'Coverage' }),
      h('span', { class: 'rc-kpi-sub', text: RC.num(counts.storiesWithCommits) + ' of ' + RC.num(counts.storiesTotal) + ' stories have commits' }),
      previous ? h('span', { class: 'rc-kpi-delta', text: RC.signed(Math.round((percent - RC.percent(previous.counts)) * 10) / 10, 1) + ' pp vs previous' }) : null);
    const groups = KPIS.map(([title, items]) => h('div', { class: 'rc-kpi-group', role: 'group', 'aria-label': title },
      items.map(([id, label, tab, kind]) => {
        const value = Number(counts[id]) || 0;
        const alert = kind === 'bad' && value > 0;
        const body = [h('span', { class: 'rc-kpi-label', text: label }), h('span', { class: 'rc-kpi-value', text: RC.num(value) }),
          delta(value, previous ? Number(previous.counts[id]) || 0 : undefined, kind)];
        const props = { class: 'rc-kpi' + (alert ? ' rc-kpi-alert' : '') + (tab ? ' rc-kpi-link' : ''), 'data-kpi': id, 'data-value': value };
        if (!tab) {
          return h('div', props, body);
        }
        return h('button', Object.assign(props, { type: 'button', title: 'Show ' + label.toLowerCase(), on: { click: () => showTab(tab) } }), body);
      })));
    return h('section', { class: 'rc-kpis', 'aria-label': 'Key figures' }, coverage, groups);
  }

  function field(id, label, group, control) {
    return h('div', { class: 'rc-field', 'data-group': group }, h('label', { for: id, text: label }), control);
  }

  function select(id, all, values, extra) {
    return h('select', { id, class: 'rc-input' }, h('option', { value: '', text: all }), extra || null,
      values.map((value) => h('option', { value, text: value })));
  }

  function renderFilters(model, onChange) {
    const o = model.options;
    const text = h('input', { id: 'rc-f-text', class: 'rc-input', type: 'search', autocomplete: 'off',
      placeholder: 'Key, summary, hash, message, author\u2026' });
    const controls = [
      field('rc-f-text', 'Search', 'text', text),
      field('rc-f-status', 'Status', 'story', select('rc-f-status', 'All statuses', o.statuses)),
      field('rc-f-assignee', 'Assignee', 'story', select('rc-f-assignee', 'All assignees', o.assignees, h('option', { value: NONE, text: '(unassigned)' }))),
      field('rc-f-label', 'Label', 'story', select('rc-f-label', 'All labels', o.labels)),
      field('rc-f-component', 'Component', 'story', select('rc-f-component', 'All components', o.components)),
      field('rc-f-repo', 'Repository', 'commit', select('rc-f-repo', 'All repositories', o.repositories)),
      field('rc-f-branch', 'Branch', 'commit', select('rc-f-branch', 'All branches', o.branches)),
      field('rc-f-from', 'Commits from (UTC)', 'commit', h('input', { id: 'rc-f-from', class: 'rc-input', type: 'date' })),
      field('rc-f-to', 'Commits to (UTC)', 'commit', h('input', { id: 'rc-f-to', class: 'rc-input', type: 'date' })),
    ];
    const reset = h('button', { type: 'reset', class: 'rc-button', text: 'Reset filters' });
    const form = h('form', { class: 'rc-filters', role: 'search', 'aria-label': 'Filters' },
      h('div', { class: 'rc-fields' }, controls, h('div', { class: 'rc-field rc-field-actions' }, reset)),
      h('p', { class: 'rc-filter-hint', id: 'rc-filter-hint' }));
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('reset', () => setTimeout(onChange, 0));
    form.addEventListener('change', onChange);
    text.addEventListener('input', RC.debounce(onChange, 150));
    return form;
  }

  function readFilters() {
    const value = (id) => document.getElementById(id).value;
    const from = RC.parseDate(value('rc-f-from'));
    const to = RC.parseDate(value('rc-f-to'));
    return {
      text: value('rc-f-text').trim().toLowerCase(),
      status: value('rc-f-status'),
      assignee: value('rc-f-assignee'),
      label: value('rc-f-label'),
      component: value('rc-f-component'),
      repo: value('rc-f-repo'),
      branch: value('rc-f-branch'),
      from,
      to: to === null ? null : to + DAY - 1,
    };
  }

  function matchers(f) {
    const story = (s) => (!f.status || s.status === f.status)
      && (!f.assignee || (f.assignee === NONE ? s.assignee === '' : s.assignee === f.assignee))
      && (!f.label || s.labels.includes(f.label))
      && (!f.component || s.components.includes(f.component));
    const commitFilter = f.repo || f.branch || f.from !== null || f.to !== null;
    const commit = (c) => (!f.repo || c.repo === f.repo) && (!f.branch || c.branches.includes(f.branch))
      && (f.from === null || (c.time !== null && c.time >= f.from))
      && (f.to === null || (c.time !== null && c.time <= f.to));
    const link = (l) => (l.commit ? commit(l.commit) : !f.branch && f.from === null && f.to === null && (!f.repo || l.repo === f.repo));
    const text = (row) => !f.text || row.search.includes(f.text);
    return { story, commit, text, storyWithCommits: (s) => !commitFilter || s.links.some(link) };
  }

  function renderDetails(model) {
    const report = model.report;
    const warnings = RC.list(report.warnings).map(str);
    const settings = report.settings && typeof report.settings === 'object' ? report.settings : {};
    const policy = report.policy && typeof report.policy === 'object' ? report.policy : {};
    const thresholds = Object.entries(policy.thresholds && typeof policy.thresholds === 'object' ? policy.thresholds : {});
    const limit = (value) => (value === null || value === undefined ? '\u2013' : String(value));
    const item = (label, value) => h('li', null, h('strong', { text: label + ': ' }), value);
    return h('section', { class: 'rc-more', 'aria-label': 'Sources and settings' },
      h('details', { class: 'rc-details', open: warnings.length > 0 },
        h('summary', { text: 'Warnings (' + RC.num(warnings.length) + ')' }),
        warnings.length ? h('ul', null, warnings.map((w) => h('li', { text: w }))) : h('p', { text: 'No warnings.' })),
      h('details', { class: 'rc-details' },
        h('summary', { text: 'Sources, repositories and policy' }),
        h('ul', null,
          item('Sources', RC.list(report.sources).map(str).join('; ')),
          item('Repositories', RC.list(report.repositories).map((r) => str(r && r.name) + ' (' + RC.list(r && r.refs).map(str).join(', ') + ')').join('; ')),
          item('Audited projects', RC.list(settings.auditedProjects).map(str).join(', ')),
          item('Exemptions', RC.list(settings.exemptions).map((e) => str(e && e.description)).join('; ') || 'none'),
          item('Policy', str(policy.source))),
        thresholds.length ? h('table', { class: 'rc-subtable' },
          h('caption', { text: 'Gate thresholds' }),
          h('thead', null, h('tr', null, ['Metric', 'WARN above', 'FAIL above'].map((t) => h('th', { scope: 'col', text: t })))),
          h('tbody', null, thresholds.map(([metric, t]) => h('tr', null, h('th', { scope: 'row', text: metric }),
            h('td', { text: limit(t && t.warn) }), h('td', { text: limit(t && t.fail) }))))) : null));
  }

  function render(app, model, previous) {
    const name = RC.fileSafe(model.fixVersion);
    const table = (id, caption, noun, columns, extra) => new RC.Table(Object.assign(
      { id: 'table-' + id, caption, noun, columns, csvName: name + '-' + id }, extra));
    const storyExpand = { expand: RC.storyCommits, rowKey: (s) => s.key, canExpand: (s) => s.links.length > 0 };
    const tables = {
      with: table('with', 'Stories with commits', ['story', 'stories'], RC.withCommitsColumns(), Object.assign({ sort: { key: 'key', dir: 1 } }, storyExpand)),
      without: table('without', 'Stories without commits', ['story', 'stories'], RC.withoutCommitsColumns(), Object.assign({ sort: { key: 'key', dir: 1 } }, storyExpand)),
      'out-of-scope': table('out-of-scope', 'Out-of-scope commits', ['commit', 'commits'], RC.outOfScopeColumns(model), { sort: { key: 'date', dir: -1 } }),
      orphans: table('orphans', 'Orphan commits', ['commit', 'commits'], RC.orphanColumns(), { sort: { key: 'date', dir: -1 } }),
      commits: table('commits', 'All commits', ['commit', 'commits'], RC.allCommitsColumns(model), { sort: { key: 'date', dir: -1 } }),
    };
    const sets = {
      with: model.stories.filter((s) => s.category === 'withCommits'),
      without: model.stories.filter((s) => s.category !== 'withCommits'),
      'out-of-scope': model.commits.filter((c) => c.category === 'outOfScope'),
      orphans: model.commits.filter((c) => c.category === 'orphan'),
      commits: model.commits,
    };
    const tabs = TABS.filter((tab) => tab.id !== 'compare' || previous);
    const badges = {};
    const buttons = {};
    const panels = {};
    let active = null;

    function showTab(id) {
      active = tabs.find((tab) => tab.id === id) || tabs[0];
      for (const tab of tabs) {
        const selected = tab === active;
        buttons[tab.id].setAttribute('aria-selected', String(selected));
        buttons[tab.id].tabIndex = selected ? 0 : -1;
        panels[tab.id].hidden = !selected;
      }
      for (const group of filters.querySelectorAll('.rc-field[data-group]')) {
        const applies = active.filters.includes(group.dataset.group);
        group.classList.toggle('rc-inactive', !applies);
        for (const control of group.querySelectorAll('input, select')) {
          control.disabled = !applies;
        }
      }
      document.getElementById('rc-filter-hint').textContent = active.id === 'compare'
        ? 'The comparison is not filtered.'
        : active.filters.includes('story') && active.filters.includes('commit')
          ? 'Commit filters keep the stories that have at least one matching commit.'
          : active.filters.includes('story') ? 'Only story filters apply to this table.' : 'Only commit filters apply to this table.';
    }

    function apply() {
      const f = readFilters();
      const m = matchers(f);
      const rows = {
        with: sets.with.filter((s) => m.story(s) && m.text(s) && m.storyWithCommits(s)),
        without: sets.without.filter((s) => m.story(s) && m.text(s)),
        'out-of-scope': sets['out-of-scope'].filter((c) => m.commit(c) && m.text(c)),
        orphans: sets.orphans.filter((c) => m.commit(c) && m.text(c)),
        commits: sets.commits.filter((c) => m.commit(c) && m.text(c)),
      };
      for (const [id, list] of Object.entries(rows)) {
        tables[id].setRows(list, sets[id].length);
        badges[id].textContent = RC.num(list.length);
      }
    }

    const filters = renderFilters(model, apply);
    const tablist = h('div', { class: 'rc-tabs', role: 'tablist', 'aria-label': 'Tables' });
    tablist.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (step) {
        const next = tabs[(tabs.indexOf(active) + step + tabs.length) % tabs.length];
        showTab(next.id);
        buttons[next.id].focus();
      }
    });
    const panelList = [];
    for (const tab of tabs) {
      badges[tab.id] = h('span', { class: 'rc-badge', 'data-badge': tab.id });
      buttons[tab.id] = h('button', { type: 'button', role: 'tab', id: 'rc-tab-' + tab.id, class: 'rc-tab',
        'aria-controls': 'rc-panel-' + tab.id, on: { click: () => showTab(tab.id) } }, tab.label, ' ', badges[tab.id]);
      tablist.appendChild(buttons[tab.id]);
      const content = tab.id === 'compare' ? RC.renderComparison(model, previous) : tables[tab.id].element;
      panels[tab.id] = h('section', { class: 'rc-panel', role: 'tabpanel', id: 'rc-panel-' + tab.id,
        'aria-labelledby': 'rc-tab-' + tab.id, tabindex: 0 }, content);
      panelList.push(panels[tab.id]);
    }
    if (previous) {
      badges.compare.textContent = RC.signed(RC.compareModels(model, previous).coverageDelta, 1) + ' pp';
    }

    app.replaceChildren(renderHeader(model), renderKpis(model, previous, (id) => {
      showTab(id);
      buttons[id].focus();
    }), filters, h('div', { class: 'rc-tables' }, tablist, panelList), renderDetails(model),
    h('footer', { class: 'rc-footer', text: 'Release Copilot \u00B7 report schema ' + str(model.report.schema) + ' \u00B7 times in UTC' }));
    apply();
    showTab(location.hash.slice(1));
    document.title = 'Release audit ' + model.fixVersion + ' \u00B7 ' + model.gate.status;
  }

  function fetchJson(url) {
    return fetch(url, { credentials: 'same-origin' }).then((response) => {
      if (!response.ok) {
        throw new Error('cannot load ' + url + ': HTTP ' + response.status);
      }
      return response.json();
    });
  }

  function readIsland(id) {
    const island = document.getElementById(id);
    return island ? JSON.parse(island.textContent) : null;
  }

  function load(app) {
    if (app.dataset.reportUrl) {
      return Promise.all([fetchJson(app.dataset.reportUrl), app.dataset.previousUrl ? fetchJson(app.dataset.previousUrl) : null]);
    }
    return Promise.resolve().then(() => {
      const report = readIsland('audit-data');
      if (report === null) {
        throw new Error('the page holds no report data (#audit-data)');
      }
      return [report, readIsland('previous-data')];
    });
  }

  function start() {
    let app = document.getElementById('rc-app');
    if (!app) {
      app = document.body.appendChild(h('main', { id: 'rc-app', class: 'rc-app' }));
    }
    load(app).then(([report, previous]) => {
      render(app, RC.buildModel(report), previous ? RC.buildModel(previous) : null);
    }).catch((error) => {
      console.error('Release Copilot report:', error);
      app.replaceChildren(h('div', { class: 'rc-error', role: 'alert' },
        h('h1', { text: 'The report cannot be shown' }), h('p', { text: str(error && error.message) })));
    }).finally(() => {
      document.documentElement.dataset.rcReady = 'true';
      document.documentElement.dataset.rcRenderMs = String(Math.round(performance.now()));
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})(window);
