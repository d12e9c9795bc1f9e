import {h, svg} from './dom.js';

/**
 * A horizontal bar chart of counts by kind, drawn as SVG, with the same figures as a table for
 * screen readers and for anyone who prefers numbers.
 */
export function barChart(title, counts) {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!entries.length) {
    return h('div', {class: 'empty'}, h('p', {}, 'No values were masked in this period.'));
  }
  const max = Math.max(...entries.map(([, count]) => count));
  const rowHeight = 28;
  const labelWidth = 130;
  const barSpace = 240;
  const width = labelWidth + barSpace + 60;
  const height = entries.length * rowHeight + 8;
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img',
    'aria-label': `${title}: ` + entries.map(([kind, count]) => `${kind} ${count}`).join(', '),
  });
  entries.forEach(([kind, count], index) => {
    const y = index * rowHeight + 4;
    const length = Math.max(2, Math.round((count / max) * barSpace));
    chart.appendChild(svg('text', {x: labelWidth - 8, y: y + 17, 'text-anchor': 'end', class: 'chart-label'}, kind));
    chart.appendChild(svg('rect', {x: labelWidth, y: y + 3, width: length, height: rowHeight - 10, rx: 3, class: 'chart-bar'}));
    chart.appendChild(svg('text', {x: labelWidth + length + 6, y: y + 17, class: 'chart-value'}, String(count)));
  });
  const figures = h('details', {class: 'chart-figures'},
    h('summary', {}, 'Show as a table'),
    h('table', {},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Kind'), h('th', {scope: 'col'}, 'Values masked'))),
      h('tbody', {}, entries.map(([kind, count]) => h('tr', {}, h('td', {}, kind), h('td', {}, String(count)))))));
  return h('figure', {class: 'chart-box', 'data-chart': 'redactions-by-kind'},
    h('figcaption', {}, title), chart, figures);
}

/** Adds up the redactions_by_kind of many sessions. */
export function addKinds(sessions) {
  const total = {};
  for (const session of sessions) {
    for (const [kind, count] of Object.entries(session.redactions_by_kind || {})) {
      total[kind] = (total[kind] || 0) + count;
    }
  }
  return total;
}
