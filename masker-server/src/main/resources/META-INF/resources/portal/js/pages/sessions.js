import {api, query, segment} from '../api.js';
import {empty, field, h, table, time} from '../dom.js';
import {errorBox} from '../notice.js';
import {go} from '../app.js';
import {barChart} from '../chart.js';
import {kinds, ms, sessionTable, statusBadge} from './common.js';
import {pagerLinks} from './agents.js';

/** The filters of GET /api/v1/sessions, kept in the portal's URL under the same names. */
const FILTERS = ['since', 'status', 'agent_id', 'min_redactions', 'external_id'];
const WINDOWS = [['1h', 'Last hour'], ['24h', 'Last 24 hours'], ['7d', 'Last 7 days'], ['30d', 'Last 30 days']];
const STAGES = ['detection', 'tokenize', 'upstream', 'rehydrate'];

function filterForm(params, agents) {
  const asked = params.get('since') || '24h';
  const since = h('select', {name: 'since'},
    WINDOWS.map(([value, text]) => h('option', {value, selected: asked === value}, text)));
  if (!WINDOWS.some(([value]) => value === asked)) {
    // A time of its own (an ISO-8601 timestamp), or a value the server refuses: shown as asked.
    since.appendChild(h('option', {value: asked, selected: true}, `Since ${asked}`));
  }
  const status = h('select', {name: 'status'},
    [['', 'Any'], ['ok', 'OK'], ['partial', 'Partial'], ['error', 'Error']].map(([value, text]) =>
      h('option', {value, selected: (params.get('status') || '') === value}, text)));
  const agent = h('select', {name: 'agent_id'},
    h('option', {value: ''}, 'Any agent'),
    agents.map(item => h('option', {value: item.id, selected: params.get('agent_id') === item.id}, item.name)));
  if (params.get('agent_id') && !agents.some(item => item.id === params.get('agent_id'))) {
    agent.appendChild(h('option', {value: params.get('agent_id'), selected: true}, params.get('agent_id')));
  }
  const minimum = h('input', {type: 'number', name: 'min_redactions', min: 0, max: 1000000, inputmode: 'numeric', value: params.get('min_redactions') || ''});
  const external = h('input', {type: 'text', name: 'external_id', autocomplete: 'off', value: params.get('external_id') || ''});
  const form = h('form', {class: 'filters', role: 'search', 'aria-label': 'Filter sessions'},
    field('Started', since),
    field('Status', status),
    field('Agent', agent),
    field('At least this many values masked', minimum),
    field('Call id (as the platform sent it)', external),
    h('div', {class: 'filter-actions'},
      h('button', {type: 'submit', class: 'primary'}, 'Apply filters'),
      h('a', {href: '#/sessions', class: 'button'}, 'Clear')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const values = {};
    for (const control of [since, status, agent, minimum, external]) {
      values[control.name] = control.value.trim();
    }
    go('/sessions' + query(values));
  });
  return form;
}

export async function sessionsPage({params}) {
  const filters = {};
  for (const name of FILTERS) {
    if (params.has(name)) {
      filters[name] = params.get(name);
    }
  }
  const agents = await api.get('/api/v1/agents?limit=100');
  let result;
  try {
    const page = await api.get('/api/v1/sessions' + query({...filters, cursor: params.get('cursor'), limit: params.get('limit') || 25}));
    result = page.data.length
      ? [sessionTable('Sessions, newest first', page.data, true), pagerLinks('/sessions', params, page.next_cursor)]
      : [empty(params.get('cursor') ? 'No more sessions.' : 'No sessions match these filters.',
        h('p', {}, 'Calls show up here a moment after they were made. Try a longer period or fewer filters.')),
      pagerLinks('/sessions', params, null)];
  } catch (failure) {
    if (failure.status === 401) {
      throw failure;
    }
    result = errorBox(failure, 'The sessions could not be listed');
  }
  return {
    title: 'Sessions',
    content: h('section', {},
      h('h1', {tabindex: '-1'}, 'Sessions'),
      filterForm(params, agents.data),
      h('div', {class: 'results'}, result)),
  };
}

function stageTable(session) {
  const turnRows = session.turns.map(turn => h('tr', {},
    h('th', {scope: 'row'}, `Turn ${turn.turn}`),
    STAGES.map(stage => h('td', {class: 'number'}, ms(turn.stage_durations_ms ? turn.stage_durations_ms[stage] : null))),
    h('td', {class: 'number'}, ms(turn.duration_ms))));
  const totals = h('tr', {class: 'total'},
    h('th', {scope: 'row'}, 'All turns'),
    STAGES.map(stage => h('td', {class: 'number'}, ms(session.stage_durations_ms ? session.stage_durations_ms[stage] : null))),
    h('td', {class: 'number'}, '—'));
  return table('Time in each stage', ['', 'Finding values', 'Replacing them', 'Upstream', 'Putting back', 'Whole turn'],
    [...turnRows, totals], {class: 'stages'});
}

function eventRows(events) {
  return events.map(event => h('tr', {'data-event': event.event_id},
    h('td', {}, event.kind),
    h('td', {class: 'number'}, event.turn === null ? '—' : String(event.turn)),
    h('td', {}, event.entity_kind || '—'),
    h('td', {}, event.field ? `${event.field}${event.message_index >= 0 ? ` (message ${event.message_index})` : ''}` : '—'),
    h('td', {}, event.pass || '—'),
    h('td', {}, event.action || '—'),
    h('td', {}, event.token_kind || '—'),
    h('td', {}, event.span ? `${event.span[0]}–${event.span[1]}` : '—'),
    h('td', {class: 'number'}, event.confidence === null ? '—' : event.confidence.toFixed(2)),
    h('td', {class: 'number'}, String(event.count ?? 1)),
    h('td', {}, event.reason || '')));
}

function eventsSection(session) {
  if (!session.events.length) {
    return empty('This call has no events: nothing was masked and nothing failed.');
  }
  const wrap = table('Events, oldest first',
    ['Kind', 'Turn', 'Entity', 'Field', 'Pass', 'Action', 'Token', 'Span', 'Confidence', 'Count', 'Reason'],
    eventRows(session.events), {class: 'events'});
  const body = wrap.querySelector('tbody');
  let cursor = session.events_next_cursor;
  const problem = h('div', {class: 'problem'});
  const more = h('button', {type: 'button'}, 'Load more events');
  more.hidden = !cursor;
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      const page = await api.get(`/api/v1/sessions/${segment(session.id)}/events` + query({cursor, limit: 100}));
      body.append(...eventRows(page.data));
      cursor = page.next_cursor;
      more.hidden = !cursor;
    } catch (failure) {
      problem.replaceChildren(errorBox(failure, 'More events could not be read'));
    } finally {
      more.disabled = false;
    }
  });
  return h('div', {}, wrap, problem, more);
}

/**
 * Kept payloads: only what went upstream (masked, tokens in place of values) is shown. What the
 * caller said and heard holds the values themselves; the portal never puts them on a screen.
 */
function payloadSection(session) {
  if (!session.payloads) {
    return h('p', {class: 'muted'}, 'This agent\'s policy keeps no payloads (audit.log_payloads is off).');
  }
  return h('div', {class: 'payloads'},
    h('p', {}, 'What each turn sent to the model, with tokens in place of the values. What the caller said and heard is not shown here.'),
    session.payloads.map(payload => h('div', {class: 'payload', 'data-payload-turn': payload.turn},
      h('h3', {}, `Turn ${payload.turn}`),
      payload.masked === null
        ? h('p', {class: 'muted'}, payload.unreadable.includes('masked') ? 'Could not be opened.' : 'Not kept.')
        : h('pre', {tabindex: '0', 'aria-label': `Masked request of turn ${payload.turn}`}, payload.masked))));
}

export async function sessionPage({id}) {
  const {session} = await api.get(`/api/v1/sessions/${segment(id)}`);
  const report = `/api/v1/sessions/${encodeURIComponent(session.id)}/report`;
  const summary = h('dl', {class: 'stats'},
    h('dt', {}, 'Agent'), h('dd', {}, h('a', {href: `#/agents/${encodeURIComponent(session.agent_id)}`}, session.agent_name || session.agent_id)),
    h('dt', {}, 'Status'), h('dd', {}, statusBadge(session.status)),
    h('dt', {}, 'Started'), h('dd', {}, time(session.started_at)),
    h('dt', {}, 'Last activity'), h('dd', {}, time(session.ended_at)),
    h('dt', {}, 'Duration'), h('dd', {}, ms(session.duration_ms)),
    h('dt', {}, 'Turns'), h('dd', {}, String(session.turn_count)),
    h('dt', {}, 'Values masked'), h('dd', {'data-stat': 'redaction_count'}, String(session.redaction_count)),
    h('dt', {}, 'By kind'), h('dd', {}, kinds(session.redactions_by_kind)),
    h('dt', {}, 'Model'), h('dd', {}, session.upstream_model || 'stub'),
    h('dt', {}, 'Policy'), h('dd', {}, `${session.policy_name}, version ${session.policy_version}`),
    h('dt', {}, 'Call id (keyed hash)'), h('dd', {class: 'id'}, session.external_id || '—'));
  const turns = session.turns.length
    ? table('Turns', ['Turn', 'Started', 'Outcome', 'HTTP status', 'Values masked', 'Model pass'],
      session.turns.map(turn => h('tr', {},
        h('td', {class: 'number'}, String(turn.turn)),
        h('td', {}, time(turn.started_at)),
        h('td', {}, turn.outcome),
        h('td', {class: 'number'}, String(turn.status)),
        h('td', {class: 'number'}, String(turn.redaction_count)),
        h('td', {}, turn.model_pass_skipped ? `skipped (${turn.model_pass_skipped})` : '—'))))
    : empty('No turns yet: the voice platform opened the call, and no request has reached the proxy.');
  return {
    title: 'Session',
    content: h('section', {'data-session': session.id},
      h('p', {class: 'crumbs'}, h('a', {href: '#/sessions'}, 'Sessions')),
      h('h1', {tabindex: '-1'}, 'Session ', h('span', {class: 'id'}, session.id)),
      h('div', {class: 'columns'},
        h('section', {'aria-labelledby': 'summary-heading'}, h('h2', {id: 'summary-heading'}, 'Summary'), summary),
        h('section', {'aria-labelledby': 'report-heading'},
          h('h2', {id: 'report-heading'}, 'Compliance report'),
          h('p', {}, 'Signed, with the Merkle root of this call\'s audit events. Made anew on each download.'),
          h('p', {class: 'downloads'},
            h('a', {href: `${report}?format=json`, download: `masker-session-${session.id}.json`, class: 'button', 'data-report': 'json'}, 'Download JSON report'),
            h('a', {href: `${report}?format=pdf`, download: `masker-session-${session.id}.pdf`, class: 'button', 'data-report': 'pdf'}, 'Download PDF report')),
          barChart('Values masked by kind', session.redactions_by_kind || {}))),
      h('section', {'aria-labelledby': 'turns-heading'}, h('h2', {id: 'turns-heading'}, 'Turns'), turns),
      h('section', {'aria-labelledby': 'stages-heading'}, h('h2', {id: 'stages-heading'}, 'Stage timings'),
        session.turns.length ? stageTable(session) : empty('No turns, no timings.')),
      h('section', {'aria-labelledby': 'events-heading'}, h('h2', {id: 'events-heading'}, 'Events'), eventsSection(session)),
      h('section', {'aria-labelledby': 'payloads-heading'}, h('h2', {id: 'payloads-heading'}, 'Masked payloads'), payloadSection(session))),
  };
}
