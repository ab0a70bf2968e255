'use strict';
// Structured logs from OTLP, newest first, filtered by resource, minimum level, text and trace id.
(() => {
  const { el, get, say, time, query, setQuery, options, resourceNames, chip } = Dashboard;
  const page = document.getElementById('page');
  const resource = el('select', { id: 'resource' });
  const level = el('select', { id: 'level' }, ['', 'Debug', 'Information', 'Warning', 'Error', 'Critical']
    .map(l => el('option', { value: l, selected: l === (query('level') ?? '') }, l || 'any')));
  const text = el('input', { id: 'text', type: 'search', value: query('text') ?? '', placeholder: 'message, category or attribute' });
  const traceId = el('input', { id: 'traceId', type: 'search', value: query('traceId') ?? '', class: 'mono', size: 34 });
  const body = el('tbody');

  page.append(
    el('form', { class: 'filters', role: 'search', onsubmit: e => { e.preventDefault(); refresh(); } },
      el('label', { for: 'resource' }, 'Resource', resource),
      el('label', { for: 'level' }, 'Minimum level', level),
      el('label', { for: 'text' }, 'Text', text),
      el('label', { for: 'traceId' }, 'Trace id', traceId),
      el('button', { type: 'submit', class: 'primary' }, 'Filter')),
    el('table', { id: 'logs' },
      el('thead', {}, el('tr', {}, ['Time', 'Resource', 'Level', 'Category', 'Message', 'Trace'].map(h => el('th', { scope: 'col' }, h)))),
      body));

  function row(entry) {
    return el('tr', { class: entry.level === 'Error' || entry.level === 'Critical' ? 'error' : null },
      el('td', { class: 'mono' }, time(entry.timestamp)),
      el('td', {}, chip(entry.resource)),
      el('td', { class: `level-${entry.level}` }, entry.level),
      el('td', { class: 'muted' }, entry.category),
      el('td', {}, entry.message, entry.attributes.length ? el('details', {}, el('summary', {}, 'attributes'),
        el('table', { class: 'env' }, el('tbody', {}, entry.attributes.map(a => el('tr', {}, el('td', {}, a.key), el('td', {}, a.value))))))
        : null),
      el('td', { class: 'mono' }, entry.traceId ? el('a', { href: `/traces/${entry.traceId}`, title: entry.traceId }, entry.traceId.slice(0, 8)) : ''));
  }

  async function refresh() {
    const filters = { resource: resource.value, level: level.value, text: text.value.trim(), traceId: traceId.value.trim() };
    setQuery(filters);
    const params = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
    params.set('limit', '300');
    const entries = await get(`/api/logs?${params}`);
    // Keep open attribute panels open: do not redraw when nothing new arrived.
    const key = entries.length ? `${entries.length}:${entries[0].sequence}` : '0';
    if (body.dataset.key === key) return;
    body.dataset.key = key;
    body.replaceChildren(...entries.map(row));
    say(entries.length ? `${entries.length} records (newest first)` : 'No records match.');
  }

  for (const control of [resource, level]) control.addEventListener('change', refresh);
  resourceNames(true).then(names => {
    options(resource, names, query('resource') ?? '', 'all');
    Dashboard.poll(refresh, 2000);
  });
})();
