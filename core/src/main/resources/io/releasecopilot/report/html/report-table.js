/*
 * Release Copilot HTML report: a sortable, paged table with optional expandable rows and CSV export of all
 * its (filtered, sorted) rows. Only one page of rows is in the DOM, so 20,000 rows stay fast.
 */
(function (global) {
  'use strict';

  const RC = global.ReleaseCopilot;
  const { h } = RC;
  const COLLATOR = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

  function compareValues(a, b, ordinal) {
    if (a === b) {
      return 0;
    }
    if (a === null || a === undefined || a === '') {
      return 1;
    }
    if (b === null || b === undefined || b === '') {
      return -1;
    }
    if (typeof a === 'number' && typeof b === 'number') {
      return a - b;
    }
    if (ordinal) {
      return String(a) < String(b) ? -1 : 1;
    }
    return COLLATOR.compare(String(a), String(b));
  }

  /**
   * A table. options:
   *   id, caption, noun ['story', 'stories'], csvName, pageSize (100),
   *   columns: [{key, label, value(row), sort(row)?, cell(row)? -> node or text, csv(row)?, csvOnly?, className?,
 *              ordinal? (sort by code units, for hashes)}],
   *   sort: {key, dir: 1 | -1}, expand(row)? -> node (the row's details), canExpand(row)?, rowKey(row)?.
   */
  class Table {
    constructor(options) {
      this.options = Object.assign({ pageSize: 100, noun: ['row', 'rows'] }, options);
      this.columns = this.options.columns.filter((column) => !column.csvOnly);
      this.rows = [];
      this.sorted = [];
      this.total = 0;
      this.page = 0;
      this.sortState = this.options.sort || null;
      this.expanded = new Set();
      this.build();
    }

    build() {
      const o = this.options;
      this.count = h('p', { class: 'rc-count', 'aria-live': 'polite', 'data-count-for': o.id });
      this.exportButton = h('button', {
        type: 'button', class: 'rc-button', text: 'Export CSV',
        'aria-label': 'Export the ' + o.noun[1] + ' shown, all pages, as CSV',
        on: { click: () => this.exportCsv() },
      });
      this.head = h('tr');
      this.body = h('tbody');
      this.pager = h('nav', { class: 'rc-pager', 'aria-label': 'Pages of ' + o.caption });
      this.element = h('div', { class: 'rc-table-block', id: o.id },
        h('div', { class: 'rc-table-tools' }, this.count, this.exportButton),
        h('div', { class: 'rc-table-wrap' },
          h('table', { class: 'rc-table' }, h('caption', { class: 'rc-visually-hidden', text: o.caption }),
            h('thead', null, this.head), this.body)),
        this.pager);
      this.renderHead();
    }

    renderHead() {
      const cells = [];
      if (this.options.expand) {
        cells.push(h('th', { scope: 'col', class: 'rc-col-toggle' }, h('span', { class: 'rc-visually-hidden', text: 'Details' })));
      }
      for (const column of this.columns) {
        const active = this.sortState && this.sortState.key === column.key;
        const dir = active ? (this.sortState.dir > 0 ? 'ascending' : 'descending') : 'none';
        cells.push(h('th', { scope: 'col', class: column.className, 'aria-sort': dir, 'data-column': column.key },
          h('button', { type: 'button', class: 'rc-sort', on: { click: () => this.sortBy(column.key) } },
            column.label, h('span', { class: 'rc-sort-mark', 'aria-hidden': 'true', text: active ? (dir === 'ascending' ? '\u25B2' : '\u25BC') : '' }))));
      }
      this.head.replaceChildren(...cells);
    }

    /** Replaces the rows (already filtered); total is the number before filtering. */
    setRows(rows, total) {
      this.rows = rows;
      this.total = total === undefined ? rows.length : total;
      this.page = 0;
      this.applySort();
      this.render();
    }

    sortBy(key) {
      const same = this.sortState && this.sortState.key === key;
      this.sortState = { key, dir: same ? -this.sortState.dir : 1 };
      this.applySort();
      this.renderHead();
      this.render();
    }

    applySort() {
      const column = this.sortState && this.options.columns.find((c) => c.key === this.sortState.key);
      if (!column) {
        this.sorted = this.rows.slice();
        return;
      }
      const value = column.sort || column.value;
      const dir = this.sortState.dir;
      const keyed = this.rows.map((row, index) => ({ row, index, v: value(row) }));
      keyed.sort((a, b) => {
        const byValue = compareValues(a.v, b.v, column.ordinal);
        if (byValue !== 0) {
          const empty = a.v === null || a.v === undefined || a.v === '' || b.v === null || b.v === undefined || b.v === '';
          return empty ? byValue : byValue * dir;
        }
        return a.index - b.index;
      });
      this.sorted = keyed.map((entry) => entry.row);
    }

    pages() {
      return Math.max(1, Math.ceil(this.sorted.length / this.options.pageSize));
    }

    goTo(page) {
      this.page = Math.min(Math.max(0, page), this.pages() - 1);
      this.render();
    }

    render() {
      const o = this.options;
      const start = this.page * o.pageSize;
      const slice = this.sorted.slice(start, start + o.pageSize);
      const width = this.columns.length + (o.expand ? 1 : 0);
      const rows = [];
      for (const row of slice) {
        rows.push(...this.renderRow(row, width));
      }
      if (slice.length === 0) {
        rows.push(h('tr', { class: 'rc-empty' }, h('td', { colspan: width, text: this.total === 0
          ? 'None: there are no ' + o.noun[1] + ' in this table.' : 'No ' + o.noun[1] + ' match the filters.' })));
      }
      this.body.replaceChildren(...rows);
      this.renderCount(start, slice.length);
      this.renderPager();
    }

    renderRow(row, width) {
      const o = this.options;
      const cells = [];
      const key = o.rowKey ? o.rowKey(row) : null;
      const open = key !== null && this.expanded.has(key);
      if (o.expand) {
        const can = !o.canExpand || o.canExpand(row);
        cells.push(h('td', { class: 'rc-col-toggle' }, can ? h('button', {
          type: 'button', class: 'rc-toggle', 'aria-expanded': open ? 'true' : 'false',
          'aria-label': (open ? 'Hide details of ' : 'Show details of ') + key,
          text: open ? '\u2212' : '+',
          on: { click: () => this.toggle(key) },
        }) : ''));
      }
      for (const column of this.columns) {
        const content = column.cell ? column.cell(row) : RC.str(column.value(row));
        cells.push(h('td', { class: column.className }, content));
      }
      const tr = h('tr', { class: open ? 'rc-open' : null, 'data-key': key }, cells);
      if (!open) {
        return [tr];
      }
      return [tr, h('tr', { class: 'rc-detail' }, h('td', { colspan: width }, o.expand(row)))];
    }

    toggle(key) {
      if (this.expanded.has(key)) {
        this.expanded.delete(key);
      } else {
        this.expanded.add(key);
      }
      this.render();
      const button = this.body.querySelector('tr[data-key="' + CSS.escape(key) + '"] .rc-toggle');
      if (button) {
        button.focus();
      }
    }

    renderCount(start, shown) {
      const o = this.options;
      const filtered = this.sorted.length;
      const noun = filtered === 1 ? o.noun[0] : o.noun[1];
      let text = filtered === 0 ? 'No ' + o.noun[1]
        : shown === filtered ? RC.num(filtered) + ' ' + noun
          : 'Showing ' + RC.num(start + 1) + '\u2013' + RC.num(start + shown) + ' of ' + RC.num(filtered) + ' ' + noun;
      if (filtered !== this.total) {
        text += ' (filtered from ' + RC.num(this.total) + ')';
      }
      this.count.textContent = text;
      this.count.dataset.filtered = String(filtered);
      this.count.dataset.total = String(this.total);
      this.exportButton.disabled = filtered === 0;
    }

    renderPager() {
      const pages = this.pages();
      if (pages <= 1) {
        this.pager.replaceChildren();
        this.pager.hidden = true;
        return;
      }
      this.pager.hidden = false;
      const button = (label, text, page, disabled) => h('button', {
        type: 'button', class: 'rc-button rc-page', 'aria-label': label, text, disabled,
        on: { click: () => this.goTo(page) },
      });
      const first = this.page === 0;
      const last = this.page === pages - 1;
      this.pager.replaceChildren(
        button('First page', '\u00AB', 0, first),
        button('Previous page', '\u2039 Previous', this.page - 1, first),
        h('span', { class: 'rc-page-of', 'aria-current': 'page', text: 'Page ' + RC.num(this.page + 1) + ' of ' + RC.num(pages) }),
        button('Next page', 'Next \u203A', this.page + 1, last),
        button('Last page', '\u00BB', pages - 1, last));
    }

    /** Returns the CSV of every row the table holds now, in its order, with every column (and csvOnly ones). */
    csvText() {
      const columns = this.options.columns;
      const header = columns.map((column) => column.label);
      const rows = this.sorted.map((row) => columns.map((column) => (column.csv || column.value)(row)));
      return RC.csv(header, rows);
    }

    exportCsv() {
      RC.download(this.options.csvName + '.csv', this.csvText());
    }
  }

  RC.Table = Table;
})(window);
