/*
 * Release Copilot HTML report: shared helpers (elements, dates, numbers, links, CSV).
 * Plain ES2020, no framework, no build step. Every text from the report goes into the page through
 * textContent or setAttribute, never as markup.
 */
(function (global) {
  'use strict';

  const RC = global.ReleaseCopilot = global.ReleaseCopilot || {};

  /**
   * Creates an element. props: class, text (set as textContent), on ({event: handler}), any other key is an
   * attribute (true for a boolean attribute; null, undefined and false are left out). children: nodes or strings.
   */
  RC.h = function (tag, props, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) {
        continue;
      }
      if (name === 'class') {
        el.className = value;
      } else if (name === 'text') {
        el.textContent = String(value);
      } else if (name === 'on') {
        for (const [event, handler] of Object.entries(value)) {
          el.addEventListener(event, handler);
        }
      } else if (/^on|^style$/i.test(name)) {
        throw new Error('refusing attribute ' + name);
      } else {
        el.setAttribute(name, value === true ? '' : String(value));
      }
    }
    RC.append(el, children);
    return el;
  };

  /** Appends nodes and strings (as text), skipping null and flattening arrays. */
  RC.append = function (parent, children) {
    for (const child of children) {
      if (child === null || child === undefined || child === false) {
        continue;
      }
      if (Array.isArray(child)) {
        RC.append(parent, child);
      } else {
        parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
      }
    }
    return parent;
  };

  /** Returns the value as a string: '' for null and undefined. */
  RC.str = function (value) {
    return value === null || value === undefined ? '' : String(value);
  };

  /** Returns the value if it is an array, else an empty array: real payloads are not always what a schema says. */
  RC.list = function (value) {
    return Array.isArray(value) ? value : [];
  };

  const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

  /**
   * Parses an ISO-8601 date or date-time (2026-03-13T15:41:22Z, 2026-03-13T10:41:22.123456-05:00,
   * 2026-03-13T15:41:22+0100, 2026-03-13) to milliseconds since the epoch; without an offset it is read as UTC.
   * Returns null for anything else, never throws.
   */
  RC.parseDate = function (text) {
    if (typeof text !== 'string') {
      return null;
    }
    const m = ISO.exec(text.trim());
    if (!m) {
      return null;
    }
    const [year, month, day, hour, minute, second] = m.slice(1, 7).map((part) => Number(part || 0));
    const millis = m[7] ? Math.floor(Number('0.' + m[7]) * 1000) : 0;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
      return null;
    }
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    date.setUTCHours(hour, minute, Math.min(second, 59), millis);
    if (date.getUTCDate() !== day) {
      return null;
    }
    let time = date.getTime();
    const zone = m[8];
    if (zone && zone.toUpperCase() !== 'Z') {
      const digits = zone.slice(1).replace(':', '');
      const offset = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
      time -= (zone[0] === '-' ? -1 : 1) * offset * 60000;
    }
    return Number.isFinite(time) ? time : null;
  };

  const pad = (n) => String(n).padStart(2, '0');

  /** Formats milliseconds as 'YYYY-MM-DD HH:MM' in UTC; '' for null. */
  RC.formatTime = function (time) {
    if (time === null || time === undefined) {
      return '';
    }
    const d = new Date(time);
    return RC.formatDay(time) + ' ' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes());
  };

  /** Formats milliseconds as 'YYYY-MM-DD' in UTC; '' for null. */
  RC.formatDay = function (time) {
    if (time === null || time === undefined) {
      return '';
    }
    const d = new Date(time);
    return String(d.getUTCFullYear()).padStart(4, '0') + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate());
  };

  /** Returns a <time> element showing the date in UTC, with the full instant as its title; '' when unknown. */
  RC.timeElement = function (time) {
    if (time === null || time === undefined) {
      return '';
    }
    const iso = new Date(time).toISOString();
    return RC.h('time', { datetime: iso, title: iso, text: RC.formatTime(time) });
  };

  const NUMBER = new Intl.NumberFormat('en-US');

  /** Formats a whole number with thousands separators (20,000). */
  RC.num = function (n) {
    return NUMBER.format(Number(n) || 0);
  };

  /** Returns the coverage of counts in percent, one decimal, never 100.0 while a story lacks commits. */
  RC.percent = function (counts) {
    const total = Number(counts.storiesTotal) || 0;
    const withCommits = Number(counts.storiesWithCommits) || 0;
    let value = total === 0 ? 100 : Math.round((withCommits / total) * 1000) / 10;
    if (value >= 100 && withCommits < total) {
      value = 99.9;
    } else if (value <= 0 && withCommits > 0) {
      value = 0.1;
    }
    return value;
  };

  /** Returns the URL when it is an absolute http(s) URL, else null: no javascript: or data: links. */
  RC.safeUrl = function (url) {
    if (typeof url !== 'string' || url === '') {
      return null;
    }
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  };

  /** Returns a link opening in a new tab without referrer, or plain text when there is no safe URL. */
  RC.link = function (url, text, props) {
    const safe = RC.safeUrl(url);
    if (!safe) {
      return RC.h('span', Object.assign({ text }, props));
    }
    return RC.h('a', Object.assign({ href: safe, rel: 'noopener noreferrer', target: '_blank', text }, props));
  };

  /** Returns the first line of a text. */
  RC.firstLine = function (text) {
    const s = RC.str(text);
    const end = s.search(/[\r\n]/);
    return end < 0 ? s : s.slice(0, end);
  };

  /**
   * Returns one CSV cell: text a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a
   * leading apostrophe, and cells with a quote, comma or line break are quoted (RFC 4180).
   */
  RC.csvCell = function (value) {
    let s = RC.str(value);
    if (/^[=+\-@\t\r]/.test(s)) {
      s = "'" + s;
    }
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  };

  /** Returns a CSV document: a byte order mark (so spreadsheets read UTF-8), CRLF line ends. */
  RC.csv = function (header, rows) {
    const lines = [header].concat(rows).map((row) => row.map(RC.csvCell).join(','));
    return '\uFEFF' + lines.join('\r\n') + '\r\n';
  };

  /** Offers text as a file download through a blob: URL (no data: URL, no network). */
  RC.download = function (fileName, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type: type || 'text/csv;charset=utf-8' }));
    const link = RC.h('a', { href: url, download: fileName, class: 'rc-download', hidden: true });
    document.body.appendChild(link);
    link.click();
    setTimeout(() => {
      URL.revokeObjectURL(url);
      link.remove();
    }, 60000);
    return url;
  };

  /** Returns a function that runs fn once calls have paused for ms milliseconds. */
  RC.debounce = function (fn, ms) {
    let timer = null;
    return function (...args) {
      clearTimeout(timer);
      timer = setTimeout(() => fn.apply(this, args), ms);
    };
  };

  /** Returns a file-name-safe form of a text (for CSV names). */
  RC.fileSafe = function (text) {
    return RC.str(text).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'report';
  };
})(window);
