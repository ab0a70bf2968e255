'use strict';
// A small line chart drawn as inline SVG: no library, nothing fetched from elsewhere.
const Charts = (() => {
  const svgNs = 'http://www.w3.org/2000/svg';
  const width = 320, height = 120, left = 44, bottom = 16, top = 6;

  function svg(tag, attributes) {
    const element = document.createElementNS(svgNs, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  }

  function bytes(value) {
    const units = ['B', 'KB', 'MB', 'GB'];
    let i = 0;
    while (Math.abs(value) >= 1024 && i < units.length - 1) { value /= 1024; i++; }
    return `${value.toFixed(value < 10 && i > 0 ? 1 : 0)} ${units[i]}`;
  }

  function number(value) {
    if (Math.abs(value) >= 1000) return value.toFixed(0);
    if (Math.abs(value) >= 10) return value.toFixed(1);
    return value.toFixed(2);
  }

  // points: [{ time, value }], value may be null (a gap).
  function line(title, points, format) {
    format = format || number;
    const values = points.map(p => p.value).filter(v => v !== null && v !== undefined);
    const latest = values.length ? values[values.length - 1] : null;
    const max = Math.max(1e-9, ...values);
    const first = points.length ? Date.parse(points[0].time) : 0;
    const last = points.length ? Date.parse(points[points.length - 1].time) : 1;
    const x = t => left + (width - left - 4) * (last > first ? (Date.parse(t) - first) / (last - first) : 1);
    const y = v => top + (height - top - bottom) * (1 - v / max);

    const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `${title}: latest ${latest === null ? 'none' : format(latest)}, highest ${format(max)}` });
    for (const fraction of [0, 0.5, 1]) {
      const gy = y(max * fraction);
      chart.append(svg('line', { class: 'grid', x1: left, x2: width - 4, y1: gy, y2: gy }));
      const label = svg('text', { class: 'axis', x: left - 4, y: gy + 3, 'text-anchor': 'end' });
      label.textContent = format(max * fraction);
      chart.append(label);
    }
    const segments = [];
    let current = [];
    for (const p of points) {
      if (p.value === null || p.value === undefined) { if (current.length) segments.push(current); current = []; continue; }
      current.push(`${x(p.time).toFixed(1)},${y(p.value).toFixed(1)}`);
    }
    if (current.length) segments.push(current);
    for (const segment of segments) {
      if (segment.length === 1) segment.push(segment[0]);
      chart.append(svg('polyline', { class: 'line', points: segment.join(' ') }));
    }
    if (points.length) {
      for (const [t, anchor] of [[points[0].time, 'start'], [points[points.length - 1].time, 'end']]) {
        const label = svg('text', { class: 'axis', x: anchor === 'start' ? left : width - 4, y: height - 3, 'text-anchor': anchor });
        label.textContent = new Date(t).toLocaleTimeString(undefined, { hour12: false });
        chart.append(label);
      }
    }

    const figure = document.createElement('figure');
    figure.className = 'chart';
    figure.style.margin = '0';
    const heading = document.createElement('h3');
    heading.textContent = title;
    const value = document.createElement('div');
    value.className = 'latest';
    value.textContent = latest === null ? '–' : format(latest);
    figure.append(heading, value, chart);
    return figure;
  }

  return { line, bytes, number };
})();
