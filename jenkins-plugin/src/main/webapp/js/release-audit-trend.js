/*
 * Release Copilot: the job's "Release audit trend". Each .rca-trend[data-url] element gets an SVG chart of the
 * builds in the JSON at data-url (oldest first): coverage in percent on the left axis, with a point per build
 * coloured by its gate, and the gaps (stories without commits, orphan and out-of-scope commits) on the right
 * axis. A static file of the plugin (no inline script, CSP-clean); everything is built with DOM calls and data
 * only ever becomes text or attribute values, never markup.
 */
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var SERIES = [
    { key: 'storiesWithoutCommits', label: 'Stories without commits', short: 'Without commits', cls: 'without' },
    { key: 'orphanCommits', label: 'Orphan commits', short: 'Orphan', cls: 'orphan' },
    { key: 'outOfScopeCommits', label: 'Out-of-scope commits', short: 'Out of scope', cls: 'outofscope' }
  ];
  var LEFT = 44, RIGHT = 44, TOP = 12, BOTTOM = 30;

  function svg(name, attrs, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (key) {
      node.setAttribute(key, String(attrs[key]));
    });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function html(name, cls, text) {
    var node = document.createElement(name);
    if (cls) {
      node.className = cls;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function count(value) {
    var n = Number(value);
    return isFinite(n) && n > 0 ? n : 0;
  }

  /**
   * A build URL from the server is a path such as job/app/12/, the page's segment releaseAudit or
   * releaseAudit-<id> (letters, digits, '.', '_', '-'); anything else gets no link.
   */
  function buildLink(url, urlName) {
    if (typeof url !== 'string' || !/^[A-Za-z0-9._~%!$&'()*+,;=@\/-]*$/.test(url) || url.indexOf('//') >= 0) {
      return null;
    }
    var page = typeof urlName === 'string' && /^releaseAudit(-[A-Za-z0-9._-]+)?$/.test(urlName) ? urlName
        : 'releaseAudit';
    var root = (document.head && document.head.getAttribute('data-rooturl')) || '';
    return root + '/' + url + page + '/';
  }

  function niceMax(value) {
    var max = Math.max(1, value);
    var step = Math.pow(10, Math.floor(Math.log10(max)));
    var nice = [1, 2, 2.5, 5, 10].map(function (f) { return f * step; }).filter(function (v) { return v >= max; });
    return nice.length ? nice[0] : max;
  }

  function percent(share) {
    var p = Math.floor(Number(share) * 1000) / 10;
    return (isFinite(p) ? p : 0).toFixed(1) + ' %';
  }

  function describe(b) {
    return String(b.displayName) + ' · ' + String(b.fixVersion) + ' · gate ' + String(b.status) + ' · coverage '
      + percent(b.coverage) + ' · ' + SERIES.map(function (s) {
        return count(b[s.key]) + ' ' + s.label.toLowerCase();
      }).join(', ');
  }

  function draw(builds, small) {
    // The small box scales a narrower drawing, so its text stays as legible as the full chart's.
    var W = small ? 380 : 640, H = small ? 190 : 240;
    var plotW = W - LEFT - RIGHT, plotH = H - TOP - BOTTOM, n = builds.length;
    var gapMax = niceMax(Math.max.apply(null, builds.map(function (b) {
      return Math.max.apply(null, SERIES.map(function (s) { return count(b[s.key]); }));
    })));
    var x = function (i) { return LEFT + (n === 1 ? plotW / 2 : i * plotW / (n - 1)); };
    var yShare = function (share) { return TOP + plotH * (1 - Math.min(1, Math.max(0, Number(share) || 0))); };
    var yCount = function (c) { return TOP + plotH * (1 - count(c) / gapMax); };
    var chart = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img',
      'aria-label': 'Coverage and gaps of the last ' + n + (n === 1 ? ' audited build' : ' audited builds') });

    var grid = svg('g', { class: 'rca-grid' });
    [0, 0.25, 0.5, 0.75, 1].forEach(function (f) {
      var y = TOP + plotH * (1 - f);
      grid.appendChild(svg('line', { x1: LEFT, x2: W - RIGHT, y1: y, y2: y }));
      chart.appendChild(svg('text', { class: 'rca-tick', x: LEFT - 6, y: y + 4, 'text-anchor': 'end' }, (f * 100) + ' %'));
      chart.appendChild(svg('text', { class: 'rca-tick', x: W - RIGHT + 6, y: y + 4 },
        String(Math.round(gapMax * f * 10) / 10)));
    });
    chart.insertBefore(grid, chart.firstChild);

    var labels = small ? 5 : 10, every = Math.max(1, Math.ceil(n / labels));
    builds.forEach(function (b, i) {
      if (i % every === 0 || i === n - 1) {
        chart.appendChild(svg('text', { class: 'rca-tick', x: x(i), y: H - 10, 'text-anchor': 'middle' },
          String(b.displayName)));
      }
    });

    SERIES.forEach(function (s) {
      var d = builds.map(function (b, i) { return (i ? 'L' : 'M') + x(i).toFixed(1) + ' ' + yCount(b[s.key]).toFixed(1); });
      chart.appendChild(svg('path', { class: 'rca-line rca-line-' + s.cls, d: d.join(' ') }, undefined))
        .appendChild(svg('title', {}, s.label));
    });
    var coverage = builds.map(function (b, i) { return (i ? 'L' : 'M') + x(i).toFixed(1) + ' ' + yShare(b.coverage).toFixed(1); });
    chart.appendChild(svg('path', { class: 'rca-line rca-line-coverage', d: coverage.join(' ') }))
      .appendChild(svg('title', {}, 'Coverage'));

    builds.forEach(function (b, i) {
      var status = String(b.status).toLowerCase();
      var point = svg('circle', { cx: x(i).toFixed(1), cy: yShare(b.coverage).toFixed(1), r: small ? 3.5 : 4.5,
        class: 'rca-point' + (/^(pass|warn|fail)$/.test(status) ? ' rca-point-' + status : '') });
      point.appendChild(svg('title', {}, describe(b)));
      var href = buildLink(b.url, b.urlName);
      if (href) {
        var link = svg('a', { href: href });
        link.appendChild(point);
        chart.appendChild(link);
      } else {
        chart.appendChild(point);
      }
    });
    return chart;
  }

  function legend(small) {
    var list = html('ul', 'rca-legend');
    list.appendChild(html('li', 'rca-key-coverage', small ? 'Coverage' : 'Coverage (left axis; points coloured by gate)'));
    SERIES.forEach(function (s) {
      list.appendChild(html('li', 'rca-key-' + s.cls, small ? s.short : s.label + ' (right axis)'));
    });
    return list;
  }

  function show(container) {
    var url = container.getAttribute('data-url');
    var small = container.classList.contains('rca-trend-small');
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    }).then(function (data) {
      var builds = Array.isArray(data && data.builds) ? data.builds : [];
      if (!builds.length) {
        container.replaceChildren(html('p', 'rca-note', 'No build of this job has an audit yet.'));
        return;
      }
      container.replaceChildren(draw(builds, small), legend(small));
    }).catch(function (error) {
      container.replaceChildren(html('p', 'rca-note', 'The trend cannot be loaded: ' + String(error && error.message)));
    });
  }

  function start() {
    document.querySelectorAll('.rca-trend[data-url]').forEach(show);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
