'use strict';
// One trace as a waterfall: each span indented under its parent, its bar placed on the trace's time line.
(() => {
  const { el, get, say, dateTime, duration, chip, color } = Dashboard;
  const page = document.getElementById('page');
  const traceId = decodeURIComponent(location.pathname.split('/').pop());
  const details = el('section', { class: 'panel', id: 'span-details', 'aria-live': 'polite' }, el('p', { class: 'muted' }, 'Select a span to see its attributes.'));
  let selected = null;
  let lastCount = -1;

  function attributesTable(attributes) {
    return el('table', { class: 'env' }, el('tbody', {}, attributes.map(a => el('tr', {}, el('td', {}, a.key), el('td', {}, a.value)))));
  }

  function show(span) {
    selected = span.spanId;
    for (const row of document.querySelectorAll('.span-row')) row.classList.toggle('selected', row.dataset.span === span.spanId);
    details.replaceChildren(
      el('h2', {}, span.name),
      el('p', {}, chip(span.resource), ` ${span.kind} · ${span.scope} · ${duration(span.durationMs)} · status ${span.status}`,
        span.statusMessage ? el('span', { class: 'error' }, ` (${span.statusMessage})`) : null),
      el('p', { class: 'mono muted' }, `span ${span.spanId}${span.parentSpanId ? ` · parent ${span.parentSpanId}` : ''}`),
      attributesTable(span.attributes),
      span.events.length ? el('div', {}, el('h2', {}, 'Events'), span.events.map(e => el('div', {}, el('strong', {}, e.name), attributesTable(e.attributes)))) : null);
  }

  function spanRow(span, total) {
    const left = total > 0 ? 100 * span.offsetMs / total : 0;
    const width = total > 0 ? Math.max(0.3, 100 * span.durationMs / total) : 100;
    const label = `${span.resource}: ${span.name}${span.status === 'Error' ? ' (error)' : ''}, ${duration(span.durationMs)}`;
    return el('div', { class: `span-row${span.status === 'Error' ? ' error' : ''}${span.spanId === selected ? ' selected' : ''}`,
      role: 'button', tabindex: '0', 'aria-label': label, 'data-span': span.spanId, 'data-resource': span.resource,
      onclick: () => show(span), onkeydown: e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); show(span); } } },
      el('div', { class: 'span-label', style: { paddingLeft: `${8 + span.depth * 16}px` } }, chip(span.resource), ' ',
        span.status === 'Error' ? '⚠ ' : '', span.name),
      el('div', { class: 'span-track', 'aria-hidden': 'true' },
        el('div', { class: 'span-bar', style: { left: `${Math.min(left, 99.7)}%`, width: `${width}%`, background: color(span.resource) } })),
      el('div', { class: 'span-duration' }, duration(span.durationMs)));
  }

  async function refresh() {
    const trace = await get(`/api/traces/${encodeURIComponent(traceId)}`);
    if (!trace) { say('This trace is not (or no longer) kept.', true); return; }
    // Spans of a trace keep arriving for a moment (consumers, exporters' batches): redraw only on change.
    if (trace.spans.length === lastCount) return;
    lastCount = trace.spans.length;
    say(`${trace.spans.length} spans · ${trace.resources.length} resources · ${duration(trace.durationMs)} · started ${dateTime(trace.start)}`);
    page.replaceChildren(
      el('p', {}, el('span', { class: 'mono' }, trace.traceId), ' · ', trace.resources.map(chip), ' · ',
        el('a', { href: `/structured-logs?traceId=${trace.traceId}` }, 'logs of this trace')),
      el('div', { class: 'waterfall', id: 'waterfall' }, trace.spans.map(s => spanRow(s, trace.durationMs))),
      details);
  }

  Dashboard.poll(refresh, 3000);
})();
