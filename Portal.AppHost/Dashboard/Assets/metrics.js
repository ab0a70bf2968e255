'use strict';
// Metrics: request rate and mean latency per service, a few runtime metrics, and any metric by name.
(() => {
  const { el, get, say, query, setQuery, options, resourceNames } = Dashboard;
  const page = document.getElementById('page');
  const requestMetric = 'http.server.request.duration';
  const runtime = [
    ['dotnet.process.cpu.time', 'CPU (seconds per second)'],
    ['dotnet.process.memory.working_set', 'Working set'],
    ['dotnet.gc.last_collection.heap.size', 'GC heap after last collection'],
    ['dotnet.gc.heap.total_allocated', 'Allocated per second'],
    ['dotnet.gc.collections', 'GC collections per second'],
    // Not dotnet.thread_pool.thread.count: the runtime declares it a counter, so only its rate would show.
    ['dotnet.thread_pool.work_item.count', 'Thread pool work items per second'],
    ['dotnet.exceptions', 'Exceptions per second'],
  ];
  const minutes = el('select', { id: 'minutes' }, [5, 15, 60].map(m => el('option', { value: m, selected: String(m) === (query('minutes') ?? '5') }, `last ${m} minutes`)));
  const resource = el('select', { id: 'resource' });
  const metric = el('select', { id: 'metric' });
  const requests = el('div', { class: 'charts', id: 'request-charts' });
  const runtimeCharts = el('div', { class: 'charts', id: 'runtime-charts' });
  const chosen = el('div', { class: 'charts', id: 'chosen-chart' });
  let services = [];

  page.append(
    el('div', { class: 'filters' }, el('label', { for: 'minutes' }, 'Window', minutes)),
    el('h2', {}, 'Requests per service'), requests,
    el('div', { class: 'filters' }, el('label', { for: 'resource' }, 'Resource', resource)),
    el('h2', {}, 'Runtime'), runtimeCharts,
    el('h2', {}, 'Any metric'),
    el('div', { class: 'filters' }, el('label', { for: 'metric' }, 'Metric', metric)), chosen);

  function step() { return Math.max(5, Number(minutes.value) * 60 / 60); }

  function format(unit, kind) {
    if (unit === 'By') return Charts.bytes;
    if (unit === 's' && kind !== 'Counter') return v => `${(v * 1000).toFixed(v < 0.01 ? 2 : 0)} ms`;
    return Charts.number;
  }

  async function chart(name, metricName) {
    return get(`/api/metrics/${encodeURIComponent(name)}/${encodeURIComponent(metricName)}?minutes=${minutes.value}&step=${step()}`);
  }

  async function refreshRequests() {
    const figures = [];
    for (const service of services) {
      const data = await chart(service, requestMetric);
      if (!data) continue;
      figures.push(Charts.line(`${service}: requests per second`, data.points, Charts.number));
      figures.push(Charts.line(`${service}: mean latency`, data.points.map(p => ({ time: p.time, value: p.mean })), format('s', 'Histogram')));
    }
    requests.replaceChildren(...(figures.length ? figures : [el('p', { class: 'muted' }, 'No requests measured yet.')]));
  }

  async function refreshResource() {
    if (!resource.value) return;
    const available = await get(`/api/metrics/${encodeURIComponent(resource.value)}`) || [];
    const names = available.map(m => m.name);
    if (metric.options.length !== names.length) options(metric, names, query('metric') ?? metric.value ?? names[0]);
    const figures = [];
    for (const [name, title] of runtime.filter(([n]) => names.includes(n))) {
      const data = await chart(resource.value, name);
      if (data) figures.push(Charts.line(title, data.points, format(data.metric.unit, data.metric.kind)));
    }
    runtimeCharts.replaceChildren(...(figures.length ? figures : [el('p', { class: 'muted' }, 'No runtime metrics from this resource yet.')]));
    if (metric.value) {
      const data = await chart(resource.value, metric.value);
      if (data) {
        const per = { Value: data.metric.unit ? ` [${data.metric.unit}]` : '', Counter: ' per second', Histogram: ': measurements per second' };
        const title = `${data.metric.name}${per[data.metric.kind]}`;
        const figure = Charts.line(title, data.points, data.metric.kind === 'Value' ? format(data.metric.unit, data.metric.kind) : Charts.number);
        figure.append(el('p', { class: 'muted' }, data.metric.description || ''));
        chosen.replaceChildren(figure);
        if (data.metric.kind === 'Histogram') {
          chosen.append(Charts.line(`${data.metric.name}: mean`, data.points.map(p => ({ time: p.time, value: p.mean })), format(data.metric.unit, 'Histogram')));
        }
      }
    }
  }

  async function refresh() {
    setQuery({ resource: resource.value, metric: metric.value, minutes: minutes.value === '5' ? '' : minutes.value });
    await refreshRequests();
    await refreshResource();
    say(`Updated ${new Date().toLocaleTimeString(undefined, { hour12: false })}`);
  }

  minutes.addEventListener('change', refresh);
  resource.addEventListener('change', () => { metric.replaceChildren(); refresh(); });
  metric.addEventListener('change', refresh);
  resourceNames(true).then(names => {
    services = names;
    options(resource, names, query('resource') ?? names[0]);
    Dashboard.poll(refresh, 5000);
  });
})();
