import {api, query} from '../api.js';
import {empty, h, table} from '../dom.js';
import {addKinds, barChart} from '../chart.js';
import {sessionTable} from './common.js';

/** The most sessions the dashboard reads to count the day's sessions and redactions. */
const MOST_PAGES = 10;

async function sessionsOfTheDay() {
  const sessions = [];
  let cursor = null;
  for (let page = 0; page < MOST_PAGES; page++) {
    const answer = await api.get('/api/v1/sessions' + query({since: '24h', limit: 100, cursor}));
    sessions.push(...answer.data);
    cursor = answer.next_cursor;
    if (!cursor) {
      return {sessions, complete: true};
    }
  }
  return {sessions, complete: false};
}

export async function dashboardPage() {
  const [agents, day] = await Promise.all([
    api.get('/api/v1/agents?limit=100'),
    sessionsOfTheDay(),
  ]);
  const agentCount = agents.data.length + (agents.next_cursor ? '+' : '');
  const sessionCount = day.sessions.length + (day.complete ? '' : '+');
  const redactions = day.sessions.reduce((sum, session) => sum + session.redaction_count, 0);
  const tiles = h('ul', {class: 'tiles'},
    h('li', {}, h('span', {class: 'tile-figure', 'data-figure': 'agents'}, String(agentCount)), h('span', {}, 'agents')),
    h('li', {}, h('span', {class: 'tile-figure', 'data-figure': 'sessions-today'}, String(sessionCount)), h('span', {}, 'sessions in the last 24 hours')),
    h('li', {}, h('span', {class: 'tile-figure', 'data-figure': 'redactions-today'}, String(redactions)), h('span', {}, 'values masked in the last 24 hours')));

  const agentList = agents.data.length
    ? table('Agents', ['Name', 'Upstream', 'Calls (24 h)'], agents.data.slice(0, 10).map(agent => h('tr', {},
      h('td', {}, h('a', {href: `#/agents/${encodeURIComponent(agent.id)}`}, agent.name)),
      h('td', {}, agent.upstream),
      h('td', {class: 'number'}, String(agent.session_count_24h)))))
    : empty('No agents yet.', h('a', {href: '#/agents/new', class: 'button primary'}, 'Create your first agent'));

  const recent = day.sessions.slice(0, 10);
  const recentList = recent.length
    ? sessionTable('Recent sessions', recent, true)
    : empty('No calls in the last 24 hours. Point a voice platform at an agent\'s proxy URL and its calls show up here.');

  return {
    title: 'Dashboard',
    content: h('section', {class: 'dashboard'},
      h('h1', {tabindex: '-1'}, 'Dashboard'),
      tiles,
      h('div', {class: 'columns'},
        h('section', {'aria-labelledby': 'chart-heading'},
          h('h2', {id: 'chart-heading'}, 'Redactions by kind, last 24 hours'),
          barChart('Values masked by kind, last 24 hours', addKinds(day.sessions))),
        h('section', {'aria-labelledby': 'agents-heading'},
          h('h2', {id: 'agents-heading'}, 'Agents'), agentList,
          h('p', {}, h('a', {href: '#/agents'}, 'All agents')))),
      h('section', {'aria-labelledby': 'recent-heading'},
        h('h2', {id: 'recent-heading'}, 'Recent sessions'), recentList,
        h('p', {}, h('a', {href: '#/sessions'}, 'All sessions')))),
  };
}
