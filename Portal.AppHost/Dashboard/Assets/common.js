'use strict';
// Shared helpers of the dashboard pages: JSON calls, a tiny DOM builder (text is never parsed as HTML),
// formatting, and polling that pauses while the tab is hidden.
const Dashboard = (() => {
  const status = document.getElementById('status');

  async function get(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (response.status === 401) { location.href = '/login'; throw new Error('Signed out'); }
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  }

  async function post(url) {
    const response = await fetch(url, { method: 'POST', headers: { 'X-Dashboard-Request': '1', Accept: 'application/json' } });
    if (response.status === 401) { location.href = '/login'; throw new Error('Signed out'); }
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  }

  function el(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
      else if (name === 'class') element.className = value;
      // Through the CSSOM: the Content-Security-Policy forbids style attributes.
      else if (name === 'style') Object.assign(element.style, value);
      else element.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
  }

  function time(iso) {
    if (!iso) return '';
    const date = new Date(iso);
    return date.toLocaleTimeString(undefined, { hour12: false }) + '.' + String(date.getMilliseconds()).padStart(3, '0');
  }

  function dateTime(iso) {
    return iso ? new Date(iso).toLocaleString(undefined, { hour12: false }) : '';
  }

  function duration(ms) {
    if (ms === null || ms === undefined) return '';
    if (ms < 1) return `${(ms * 1000).toFixed(0)} µs`;
    if (ms < 1000) return `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
    return `${(ms / 1000).toFixed(2)} s`;
  }

  function say(text, isError) {
    status.textContent = text || '';
    status.classList.toggle('error', !!isError);
  }

  // Runs work now and every interval ms after it finished; skips while the page is hidden.
  function poll(work, interval) {
    let timer;
    async function tick() {
      if (!document.hidden) {
        try { await work(); } catch (error) { say(`Could not refresh: ${error.message}`, true); }
      }
      timer = setTimeout(tick, interval);
    }
    tick();
    return () => clearTimeout(timer);
  }

  // A stable colour per resource, so one service looks the same in every trace.
  function color(name) {
    let hash = 0;
    for (const c of name || '') hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
    return `hsl(${hash % 360} 55% 40%)`;
  }

  function chip(name) {
    return el('span', { class: 'chip', style: { background: color(name) } }, name);
  }

  function query(name) { return new URLSearchParams(location.search).get(name); }

  function setQuery(values) {
    const params = new URLSearchParams(location.search);
    for (const [key, value] of Object.entries(values)) {
      if (value) params.set(key, value); else params.delete(key);
    }
    history.replaceState(null, '', `${location.pathname}${params.size ? '?' + params : ''}`);
  }

  function stateBadge(resource) {
    const good = resource.state === 'Running' && resource.health === 'Healthy';
    const bad = ['Exited', 'FailedToStart', 'RuntimeUnhealthy'].includes(resource.state) || resource.health === 'Unhealthy';
    return el('span', { class: `badge ${good ? 'good' : bad ? 'bad' : 'wait'}` }, resource.state);
  }

  async function resourceNames(projectsOnly) {
    const resources = await get('/api/resources');
    return resources.filter(r => !projectsOnly || r.type === 'Project').map(r => r.name);
  }

  function options(select, names, selected, emptyLabel) {
    select.replaceChildren(...(emptyLabel ? [el('option', { value: '' }, emptyLabel)] : []),
      ...names.map(n => el('option', { value: n, selected: n === selected }, n)));
  }

  // Marks the current page in the navigation for screen readers and the eye.
  const page = document.body.dataset.page;
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav.split(' ').includes(page)) link.setAttribute('aria-current', 'page');
  }

  return { get, post, el, time, dateTime, duration, say, poll, color, chip, query, setQuery, stateBadge, resourceNames, options };
})();
