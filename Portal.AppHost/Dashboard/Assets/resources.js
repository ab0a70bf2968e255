'use strict';
// Resources: state, health, start time, pid, URLs, environment, and start / stop / restart.
(() => {
  const { el, get, post, say, dateTime, stateBadge } = Dashboard;
  const page = document.getElementById('page');
  const open = new Set();
  let busy = null;

  async function command(name, verb) {
    busy = name;
    say(`${verb} ${name}…`);
    await render();
    try {
      const resource = await post(`/api/resources/${encodeURIComponent(name)}/commands/${verb}`);
      say(`${name}: ${verb} done, now ${resource.state}.`);
    } catch (error) {
      say(`${name}: ${verb} failed (${error.message}).`, true);
    } finally {
      busy = null;
      await render();
    }
  }

  function environment(resource) {
    if (resource.environment.length === 0) return el('span', { class: 'muted' }, 'none');
    const details = el('details', { open: open.has(resource.name),
      ontoggle: e => e.target.open ? open.add(resource.name) : open.delete(resource.name) },
      el('summary', {}, `${resource.environment.length} variables`),
      el('table', { class: 'env' }, el('tbody', {}, resource.environment.map(v =>
        el('tr', {}, el('td', {}, v.name), el('td', {}, v.value))))));
    return details;
  }

  function row(resource) {
    const running = ['Running', 'Starting', 'Waiting', 'RuntimeUnhealthy'].includes(resource.state);
    const disabled = busy !== null;
    return el('tr', {},
      el('th', { scope: 'row' }, resource.name, resource.dependsOn.length ? el('div', { class: 'muted' }, `needs ${resource.dependsOn.join(', ')}`) : null),
      el('td', {}, resource.type),
      el('td', {}, stateBadge(resource), resource.stateReason ? el('div', { class: 'muted' }, resource.stateReason) : null),
      el('td', {}, resource.health ?? '–'),
      el('td', {}, dateTime(resource.startedAt)),
      el('td', { class: 'mono' }, resource.processId ?? ''),
      el('td', {}, resource.urls.map(u => el('div', {}, el('a', { href: u.url, target: '_blank', rel: 'noopener' }, u.url)))),
      el('td', {}, environment(resource)),
      el('td', {}, el('div', { class: 'actions' },
        el('button', { type: 'button', disabled: disabled || running, onclick: () => command(resource.name, 'start'), 'aria-label': `Start ${resource.name}` }, 'Start'),
        el('button', { type: 'button', disabled: disabled || !running, onclick: () => command(resource.name, 'stop'), 'aria-label': `Stop ${resource.name}` }, 'Stop'),
        el('button', { type: 'button', disabled, onclick: () => command(resource.name, 'restart'), 'aria-label': `Restart ${resource.name}` }, 'Restart'),
        el('a', { href: `/console?resource=${encodeURIComponent(resource.name)}` }, 'Console'))));
  }

  async function render() {
    const resources = await get('/api/resources');
    page.replaceChildren(el('table', { id: 'resources' },
      el('thead', {}, el('tr', {}, ['Name', 'Type', 'State', 'Health', 'Started', 'PID', 'URLs', 'Environment', 'Actions'].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, resources.map(row))));
  }

  Dashboard.poll(() => busy === null ? render() : Promise.resolve(), 2000);
})();
