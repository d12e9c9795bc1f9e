import {h, table, time} from '../dom.js';

export const STATUS_TEXT = {ok: 'OK', error: 'Error', partial: 'Partial'};

export function statusBadge(status) {
  return h('span', {class: `badge badge-${status}`}, STATUS_TEXT[status] || status);
}

export function ms(value) {
  if (value === null || value === undefined) {
    return '—';
  }
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Number(value).toFixed(value < 10 ? 3 : 1)} ms`;
}

export function kinds(byKind) {
  const entries = Object.entries(byKind || {});
  return entries.length ? entries.map(([kind, count]) => `${kind} ${count}`).join(', ') : 'none';
}

/** Sessions as a table whose first column opens each one. */
export function sessionTable(caption, sessions, withAgent) {
  return table(caption,
    ['Started', ...(withAgent ? ['Agent'] : []), 'Status', 'Turns', 'Values masked', 'By kind', 'Duration'],
    sessions.map(session => h('tr', {'data-session': session.id},
      h('td', {}, h('a', {href: `#/sessions/${encodeURIComponent(session.id)}`, 'aria-label': `Session ${session.id}`}, time(session.started_at))),
      withAgent ? h('td', {}, session.agent_name || session.agent_id) : null,
      h('td', {}, statusBadge(session.status)),
      h('td', {class: 'number'}, String(session.turn_count)),
      h('td', {class: 'number'}, String(session.redaction_count)),
      h('td', {}, kinds(session.redactions_by_kind)),
      h('td', {class: 'number'}, ms(session.duration_ms)))),
    {class: 'sessions'});
}
