'use strict';
// Console logs of one resource, live: asks every second for the lines after the last one it has.
(() => {
  const { el, get, say, query, setQuery, options, resourceNames } = Dashboard;
  const page = document.getElementById('page');
  const maxLines = 5000;
  const resource = el('select', { id: 'resource' });
  const stream = el('select', { id: 'stream' },
    el('option', { value: 'all' }, 'stdout and stderr'), el('option', { value: 'stdout' }, 'stdout only'), el('option', { value: 'stderr' }, 'stderr only'));
  const output = el('div', { class: 'console', id: 'console', role: 'log', 'aria-label': 'Console output', tabindex: '0' });
  let last = 0;

  page.append(el('div', { class: 'filters' },
    el('label', { for: 'resource' }, 'Resource', resource),
    el('label', { for: 'stream' }, 'Show', stream)), output);

  function visible(line) {
    return stream.value === 'all' || (stream.value === 'stderr') === line.isError;
  }

  function restart() {
    last = 0;
    output.replaceChildren();
    setQuery({ resource: resource.value });
  }

  async function refresh() {
    if (!resource.value) return;
    const name = resource.value;
    const result = await get(`/api/resources/${encodeURIComponent(name)}/console?after=${last}`);
    if (!result || name !== resource.value) return;
    const atBottom = output.scrollTop + output.clientHeight >= output.scrollHeight - 20;
    for (const line of result.lines) {
      output.append(el('div', { class: line.isError ? 'stderr' : 'stdout', hidden: !visible(line), 'data-error': line.isError },
        el('span', { class: 'n' }, line.number), line.text));
    }
    while (output.childElementCount > maxLines) output.firstElementChild.remove();
    last = result.last;
    if (atBottom) output.scrollTop = output.scrollHeight;
    say(`${output.childElementCount} lines of ${name}`);
  }

  resource.addEventListener('change', () => { restart(); refresh(); });
  stream.addEventListener('change', () => {
    for (const line of output.children) line.hidden = !visible({ isError: line.dataset.error !== undefined });
  });

  resourceNames(false).then(names => {
    options(resource, names, query('resource') ?? names.find(n => n === 'gateway') ?? names[0]);
    Dashboard.poll(refresh, 1000);
  });
})();
