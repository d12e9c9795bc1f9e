import {api, query, segment} from '../api.js';
import {empty, field, h, table, time} from '../dom.js';
import {announce, copyField, errorBox} from '../notice.js';
import {go} from '../app.js';
import {pagerLinks} from './agents.js';

const SCOPES = [
  ['agents:read', 'Read agents'],
  ['agents:write', 'Create, change and delete agents'],
  ['sessions:read', 'Read sessions and events'],
  ['reports:read', 'Download reports'],
  ['audit:read', 'Verify the audit chain'],
];

function createForm(shown) {
  const name = h('input', {type: 'text', name: 'name', required: true, maxlength: 64});
  const boxes = SCOPES.map(([scope, text]) => {
    const box = h('input', {type: 'checkbox', name: 'scopes', value: scope, id: `scope-${scope.replace(':', '-')}`});
    return {box, row: h('div', {class: 'checkbox'}, box, h('label', {for: box.id}, `${scope} — ${text}`))};
  });
  const expires = h('input', {type: 'date', name: 'expires_at'});
  const problem = h('div', {class: 'problem'});
  const submit = h('button', {type: 'submit', class: 'primary'}, 'Create token');
  const form = h('form', {class: 'card', 'aria-labelledby': 'create-token-heading'},
    h('h2', {id: 'create-token-heading'}, 'New token'),
    problem,
    field('Name', name, 'What the token is for, such as "nightly report export".'),
    h('fieldset', {}, h('legend', {}, 'Scopes (at least one)'), boxes.map(item => item.row)),
    field('Expires on (optional)', expires, 'Without a date the token works until it is revoked.'),
    submit);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    problem.replaceChildren();
    const body = {name: name.value.trim(), scopes: boxes.filter(item => item.box.checked).map(item => item.box.value)};
    if (expires.value) {
      body.expires_at = new Date(expires.value + 'T00:00:00Z').toISOString();
    }
    submit.disabled = true;
    try {
      const {token} = await api.post('/api/v1/tokens', body);
      form.reset();
      shown(token);
    } catch (failure) {
      problem.replaceChildren(errorBox(failure, 'Not created'));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function tokenList(answer, problem) {
  if (!answer.data.length) {
    return empty('No API tokens yet. A token lets a script call the API as you, limited to the scopes you give it.');
  }
  return table('API tokens', ['Name', 'Scopes', 'Created', 'Expires', 'Last used', ''],
    answer.data.map(token => {
      const revoke = h('button', {type: 'button', class: 'danger-button', 'aria-label': `Revoke ${token.name}`}, 'Revoke');
      revoke.addEventListener('click', () => {
        const yes = h('button', {type: 'button', class: 'danger-button', 'data-confirm': 'revoke'}, 'Yes, revoke');
        const no = h('button', {type: 'button'}, 'Keep');
        const box = h('span', {class: 'confirm', role: 'group', 'aria-label': `Revoke ${token.name}?`}, yes, no);
        no.addEventListener('click', () => {
          box.replaceWith(revoke);
          revoke.focus();
        });
        yes.addEventListener('click', async () => {
          yes.disabled = true;
          try {
            await api.delete(`/api/v1/tokens/${segment(token.id)}`);
            announce(`Token ${token.name} revoked: it stopped working.`);
            go('/tokens');
          } catch (failure) {
            problem.replaceChildren(errorBox(failure, 'Not revoked'));
            yes.disabled = false;
          }
        });
        revoke.replaceWith(box);
        yes.focus();
      });
      return h('tr', {'data-token': token.id},
        h('td', {}, token.name),
        h('td', {}, token.scopes.join(', ')),
        h('td', {}, time(token.created_at)),
        h('td', {}, token.expires_at ? time(token.expires_at) : 'never'),
        h('td', {}, token.last_used_at ? time(token.last_used_at) : 'never'),
        h('td', {}, revoke));
    }));
}

export async function tokensPage({params}) {
  const path = '/api/v1/tokens' + query({cursor: params.get('cursor'), limit: 25});
  const answer = await api.get(path);
  const secretArea = h('div', {});
  const problem = h('div', {class: 'problem'});
  const list = h('div', {}, tokenList(answer, problem));
  const listArea = h('div', {}, problem, list, pagerLinks('/tokens', params, answer.next_cursor));
  const form = createForm(async token => {
    secretArea.replaceChildren(h('section', {class: 'card created', 'aria-labelledby': 'secret-heading'},
      h('h2', {id: 'secret-heading', tabindex: '-1'}, `Token “${token.name}” created`),
      h('p', {class: 'warning'}, 'Copy the secret now: it is shown this once, and the server keeps only its hash.'),
      copyField('Token secret', token.secret, 'token-secret'),
      h('p', {}, 'Send it as ', h('code', {}, 'Authorization: Bearer mk_…'), '.'),
      h('button', {type: 'button', 'data-action': 'done'}, 'Done, I copied it')));
    secretArea.querySelector('[data-action=done]').addEventListener('click', () => go('/tokens'));
    secretArea.querySelector('h2').focus();
    // The list gains the new token (never its secret).
    try {
      list.replaceChildren(tokenList(await api.get(path), problem));
    } catch (failure) {
      problem.replaceChildren(errorBox(failure, 'The tokens could not be listed again'));
    }
  });
  return {
    title: 'API tokens',
    content: h('section', {},
      h('h1', {tabindex: '-1'}, 'API tokens'),
      h('p', {}, 'For scripts and services: everything the portal does, a script can do with a token.'),
      secretArea, form, listArea),
  };
}
