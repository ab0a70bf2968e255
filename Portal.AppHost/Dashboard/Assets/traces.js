'use strict';
// Traces, most recent first: name of the root span, resources involved, spans, duration, errors.
(() => {
  const { el, get, say, time, duration, query, setQuery, options, resourceNames, chip } = Dashboard;
  const page = document.getElementById('page');
  const resource = el('select', { id: 'resource' });
  const errors = el('input', { id: 'errors', type: 'checkbox', checked: query('errors') === 'true' });
  // On unless asked otherwise: every service's outbox polls its table each second, one span a time.
  const hideSingle = el('input', { id: 'hide-single', type: 'checkbox', checked: query('single') !== 'show' });
  const body = el('tbody');

  page.append(
    el('div', { class: 'filters' },
      el('label', { for: 'resource' }, 'Resource', resource),
      el('label', { for: 'errors' }, 'Only with errors', errors),
      el('label', { for: 'hide-single' }, 'Hide one-span traces (background polling)', hideSingle)),
    el('table', { id: 'traces' },
      el('thead', {}, el('tr', {}, ['Time', 'Name', 'Resources', 'Spans', 'Duration', 'Errors'].map(h => el('th', { scope: 'col' }, h)))),
      body));

  function row(trace, longest) {
    return el('tr', { class: trace.errorCount ? 'error' : null },
      el('td', { class: 'mono' }, time(trace.start)),
      el('td', {}, el('a', { href: `/traces/${trace.traceId}` }, trace.name)),
      el('td', {}, trace.resources.map(chip)),
      el('td', {}, trace.spanCount),
      el('td', {}, duration(trace.durationMs),
        el('div', { class: 'durationbar', style: { width: `${Math.max(2, 100 * trace.durationMs / longest)}%` }, 'aria-hidden': 'true' })),
      el('td', {}, trace.errorCount ? el('span', { class: 'badge bad' }, `${trace.errorCount} error${trace.errorCount > 1 ? 's' : ''}`) : ''));
  }

  async function refresh() {
    setQuery({ resource: resource.value, errors: errors.checked ? 'true' : '', single: hideSingle.checked ? '' : 'show' });
    const params = new URLSearchParams({ limit: '200' });
    if (resource.value) params.set('resource', resource.value);
    if (errors.checked) params.set('errors', 'true');
    if (hideSingle.checked) params.set('minSpans', '2');
    const traces = await get(`/api/traces?${params}`);
    const longest = Math.max(1, ...traces.map(t => t.durationMs));
    body.replaceChildren(...traces.map(t => row(t, longest)));
    say(traces.length ? `${traces.length} traces` : 'No traces yet.');
  }

  resource.addEventListener('change', refresh);
  errors.addEventListener('change', refresh);
  hideSingle.addEventListener('change', refresh);
  resourceNames(true).then(names => {
    options(resource, names, query('resource') ?? '', 'all');
    Dashboard.poll(refresh, 3000);
  });
})();
