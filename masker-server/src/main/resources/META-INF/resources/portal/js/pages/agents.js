import {api, query, segment} from '../api.js';
import {empty, field, h, table, time} from '../dom.js';
import {announce, copyField, errorBox} from '../notice.js';
import {can, go} from '../app.js';
import {ms, sessionTable} from './common.js';

const TOKENIZATIONS = ['vault-deterministic', 'reversible-aead', 'synthetic'];

function pagerLinks(base, params, nextCursor) {
  const links = [];
  if (params.get('cursor')) {
    const first = new URLSearchParams(params);
    first.delete('cursor');
    links.push(h('a', {href: `#${base}${first.toString() ? '?' + first : ''}`, class: 'button'}, 'First page'));
  }
  if (nextCursor) {
    const next = new URLSearchParams(params);
    next.set('cursor', nextCursor);
    links.push(h('a', {href: `#${base}?${next}`, class: 'button', rel: 'next'}, 'Next page'));
  }
  return links.length ? h('nav', {class: 'pager', 'aria-label': 'Pages'}, links) : null;
}

export {pagerLinks};

export async function agentsPage({params}) {
  const search = params.get('name_contains') || '';
  const answer = await api.get('/api/v1/agents' + query({name_contains: search, cursor: params.get('cursor'), limit: 25}));
  const input = h('input', {type: 'search', name: 'name_contains', value: search});
  const form = h('form', {class: 'filters', role: 'search'},
    field('Name contains', input),
    h('button', {type: 'submit'}, 'Search'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    go('/agents' + query({name_contains: input.value.trim()}));
  });
  const list = answer.data.length
    ? table('Agents', ['Name', 'Upstream', 'Tokenization', 'Policy', 'Calls (24 h)', 'Created'],
      answer.data.map(agent => h('tr', {'data-agent': agent.id},
        h('td', {}, h('a', {href: `#/agents/${encodeURIComponent(agent.id)}`}, agent.name)),
        h('td', {}, agent.upstream),
        h('td', {}, agent.tokenization),
        h('td', {}, `${agent.policy_name} v${agent.policy_version}`),
        h('td', {class: 'number'}, String(agent.session_count_24h)),
        h('td', {}, time(agent.created_at)))))
    : empty(search ? `No agent's name contains “${search}”.` : 'No agents yet. An agent gives a voice platform the URL it calls instead of the model.');
  return {
    title: 'Agents',
    content: h('section', {},
      h('div', {class: 'title-row'},
        h('h1', {tabindex: '-1'}, 'Agents'),
        can('agents:write') ? h('a', {href: '#/agents/new', class: 'button primary'}, 'New agent') : null),
      form, list, pagerLinks('/agents', params, answer.next_cursor)),
  };
}

function agentForm(agent, submitText, onSubmit) {
  const name = h('input', {type: 'text', name: 'name', required: true, maxlength: 64, value: agent ? agent.name : ''});
  const upstream = h('input', {type: 'text', name: 'upstream', required: true, value: agent ? agent.upstream : 'stub'});
  const tokenization = h('select', {name: 'tokenization'},
    TOKENIZATIONS.map(value => h('option', {value, selected: (agent ? agent.tokenization : 'vault-deterministic') === value}, value)));
  const policyName = h('input', {type: 'text', name: 'policy_name', value: agent ? agent.policy_name : 'healthcare-default'});
  const policyYaml = h('textarea', {name: 'policy_yaml', rows: 6, spellcheck: 'false'});
  const requireKey = h('input', {type: 'checkbox', name: 'require_proxy_key', checked: agent ? agent.require_proxy_key : false});
  const problem = h('div', {class: 'problem'});
  const submit = h('button', {type: 'submit', class: 'primary'}, submitText);
  const form = h('form', {class: 'card agent-form'},
    problem,
    field('Name', name, '1–64 characters, unique in your account.'),
    field('Upstream', upstream, 'provider:model, such as openai:gpt-4o-mini, or stub (repeats the caller, for trying things out).'),
    field('Tokenization', tokenization),
    field('Built-in policy', policyName, 'Used unless you give a policy of your own below.'),
    field('Policy YAML (optional)', policyYaml, 'A policy of your own; leave empty to use the built-in policy above.'),
    h('div', {class: 'field checkbox'}, requireKey, h('label', {for: requireKey.id = 'require-proxy-key'}, 'Require a proxy key (the proxy then wants Authorization: Bearer <key>)')),
    submit);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    problem.replaceChildren();
    const body = {name: name.value.trim(), upstream: upstream.value.trim(), tokenization: tokenization.value,
      require_proxy_key: requireKey.checked};
    if (policyYaml.value.trim()) {
      body.policy_yaml = policyYaml.value;
    } else if (policyName.value.trim()) {
      body.policy_name = policyName.value.trim();
    }
    submit.disabled = true;
    try {
      await onSubmit(body);
    } catch (failure) {
      problem.replaceChildren(errorBox(failure, 'Not saved'));
      problem.querySelector('[role=alert]').focus?.();
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function urls(agent) {
  return h('div', {class: 'urls'},
    copyField('Proxy base URL', agent.proxy_base_url, 'proxy-base-url'),
    copyField('Proxy URL', agent.proxy_url, 'proxy-url'),
    copyField('Webhook URL', agent.webhook_url, 'webhook-url'));
}

export async function newAgentPage() {
  const area = h('div', {});
  const form = agentForm(null, 'Create agent', async body => {
    const {agent} = await api.post('/api/v1/agents', body);
    const {webhook_secret: webhookSecret, proxy_key: proxyKey} = agent;
    announce(`Agent ${agent.name} created.`);
    const once = [];
    if (webhookSecret) {
      once.push(copyField('Webhook secret', webhookSecret, 'webhook-secret'));
    }
    if (proxyKey) {
      once.push(copyField('Proxy key', proxyKey, 'proxy-key'));
    }
    area.replaceChildren(h('section', {class: 'card created', 'aria-labelledby': 'created-heading'},
      h('h2', {id: 'created-heading', tabindex: '-1'}, `Agent “${agent.name}” is ready`),
      h('p', {}, 'Give the voice platform the proxy base URL (Vapi, Bolna and ElevenLabs add /chat/completions themselves) or the full proxy URL. The agent id in them is its secret.'),
      urls(agent),
      once.length ? h('div', {class: 'once'},
        h('p', {class: 'warning'}, 'Shown this once: copy them now. The server keeps no copy it could show again.'),
        once) : null,
      h('p', {}, h('a', {href: `#/agents/${encodeURIComponent(agent.id)}`, class: 'button'}, 'Open the agent'))));
    area.querySelector('h2').focus();
  });
  area.appendChild(form);
  return {title: 'New agent', content: h('section', {}, h('h1', {tabindex: '-1'}, 'New agent'), area)};
}

export async function agentPage({id}) {
  const [{agent}, sessions] = await Promise.all([
    api.get(`/api/v1/agents/${segment(id)}`),
    api.get(`/api/v1/agents/${segment(id)}/sessions?since=7d&limit=10`),
  ]);
  const stats = agent.stats || {};
  const statList = h('dl', {class: 'stats'},
    h('dt', {}, 'Calls, last 24 hours'), h('dd', {'data-stat': 'session_count_24h'}, String(stats.session_count_24h)),
    h('dt', {}, 'Calls, last 7 days'), h('dd', {'data-stat': 'session_count_7d'}, String(stats.session_count_7d)),
    h('dt', {}, 'Values masked, last 24 hours'), h('dd', {'data-stat': 'redaction_count_24h'}, String(stats.redaction_count_24h)),
    h('dt', {}, 'Added latency p50'), h('dd', {}, ms(stats.p50_latency_ms)),
    h('dt', {}, 'Added latency p95'), h('dd', {}, ms(stats.p95_latency_ms)));
  const settings = h('dl', {class: 'stats'},
    h('dt', {}, 'Upstream'), h('dd', {}, agent.upstream),
    h('dt', {}, 'Tokenization'), h('dd', {}, agent.tokenization),
    h('dt', {}, 'Policy'), h('dd', {}, `${agent.policy_name}, version ${agent.policy_version}`),
    h('dt', {}, 'Proxy key required'), h('dd', {}, agent.require_proxy_key ? 'yes' : 'no'),
    h('dt', {}, 'Created'), h('dd', {}, time(agent.created_at)),
    h('dt', {}, 'Changed'), h('dd', {}, time(agent.updated_at)));

  const editArea = h('div', {});
  if (can('agents:write')) {
    const edit = h('details', {class: 'edit'}, h('summary', {}, 'Edit agent'),
      agentForm(agent, 'Save changes', async body => {
        const change = {};
        for (const key of ['name', 'upstream', 'tokenization', 'require_proxy_key']) {
          if (body[key] !== agent[key]) {
            change[key] = body[key];
          }
        }
        if (body.policy_yaml) {
          change.policy_yaml = body.policy_yaml;
        } else if (body.policy_name && body.policy_name !== agent.policy_name) {
          change.policy_name = body.policy_name;
        }
        const answer = await api.patch(`/api/v1/agents/${segment(id)}`, change);
        announce(answer.agent.proxy_key
          ? `Agent saved. Its new proxy key, shown this once: ${answer.agent.proxy_key}`
          : 'Agent saved.');
        go(`/agents/${encodeURIComponent(id)}`);
      }));
    editArea.appendChild(edit);
  }
  let deleteArea = null;
  if (can('agents:delete')) {
    deleteArea = h('section', {class: 'danger', 'aria-labelledby': 'delete-heading'},
      h('h2', {id: 'delete-heading'}, 'Delete agent'),
      h('p', {}, 'Its proxy URL stops working at once. Its recorded calls and their reports stay.'));
    const ask = h('button', {type: 'button', class: 'danger-button'}, 'Delete agent…');
    const problem = h('div', {class: 'problem'});
    ask.addEventListener('click', () => {
      const confirm = h('button', {type: 'button', class: 'danger-button', 'data-confirm': 'delete'}, `Yes, delete “${agent.name}”`);
      const cancel = h('button', {type: 'button'}, 'Cancel');
      const box = h('div', {class: 'confirm', role: 'group', 'aria-label': 'Confirm deletion'},
        h('p', {}, `Delete the agent “${agent.name}”? This cannot be undone.`), confirm, cancel);
      cancel.addEventListener('click', () => {
        box.replaceWith(ask);
        ask.focus();
      });
      confirm.addEventListener('click', async () => {
        confirm.disabled = true;
        try {
          await api.delete(`/api/v1/agents/${segment(id)}`);
          announce(`Agent ${agent.name} deleted.`);
          go('/agents');
        } catch (failure) {
          problem.replaceChildren(errorBox(failure, 'Not deleted'));
          confirm.disabled = false;
        }
      });
      ask.replaceWith(box);
      confirm.focus();
    });
    deleteArea.append(problem, ask);
  }
  const recent = sessions.data.length
    ? sessionTable('Recent sessions of this agent', sessions.data, false)
    : empty('No calls in the last 7 days.');
  return {
    title: agent.name,
    content: h('section', {'data-agent': agent.id},
      h('p', {class: 'crumbs'}, h('a', {href: '#/agents'}, 'Agents')),
      h('h1', {tabindex: '-1'}, agent.name),
      h('section', {'aria-labelledby': 'urls-heading'}, h('h2', {id: 'urls-heading'}, 'URLs for the voice platform'), urls(agent)),
      h('div', {class: 'columns'},
        h('section', {'aria-labelledby': 'stats-heading'}, h('h2', {id: 'stats-heading'}, 'Stats'), statList),
        h('section', {'aria-labelledby': 'settings-heading'}, h('h2', {id: 'settings-heading'}, 'Settings'), settings)),
      h('section', {'aria-labelledby': 'agent-sessions-heading'},
        h('h2', {id: 'agent-sessions-heading'}, 'Recent sessions'), recent,
        h('p', {}, h('a', {href: `#/sessions?${new URLSearchParams({agent_id: agent.id, since: '7d'})}`}, 'All sessions of this agent'))),
      editArea,
      deleteArea),
  };
}
