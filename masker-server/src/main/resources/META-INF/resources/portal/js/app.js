// The portal: a page per hash route (#/agents, #/sessions?status=ok …), drawn from /api/v1.
import {api, ApiFailure} from './api.js';
import {h} from './dom.js';
import {announce, errorBox} from './notice.js';
import {signInPage} from './pages/sign-in.js';
import {dashboardPage} from './pages/dashboard.js';
import {agentsPage, agentPage, newAgentPage} from './pages/agents.js';
import {sessionsPage, sessionPage} from './pages/sessions.js';
import {tokensPage} from './pages/tokens.js';

const routes = [
  {pattern: /^\/$/, nav: 'dashboard', page: dashboardPage},
  {pattern: /^\/agents$/, nav: 'agents', page: agentsPage},
  {pattern: /^\/agents\/new$/, nav: 'agents', page: newAgentPage},
  {pattern: /^\/agents\/([^/]+)$/, nav: 'agents', page: agentPage},
  {pattern: /^\/sessions$/, nav: 'sessions', page: sessionsPage},
  {pattern: /^\/sessions\/([^/]+)$/, nav: 'sessions', page: sessionPage},
  {pattern: /^\/tokens$/, nav: 'tokens', page: tokensPage},
];

/** Who is signed in: {user, account, permissions}, or null. */
let me = null;
let drawing = 0;

/** The route of the address bar: its path and its query, both after the '#'. */
export function currentRoute() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const at = hash.indexOf('?');
  const path = at < 0 ? hash : hash.slice(0, at);
  const params = new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
  return {path: path || '/', params};
}

/** Set while the portal itself moves to another page: the message it just gave stays. */
let keepStatus = false;

export function go(path) {
  if (location.hash === '#' + path) {
    draw();
  } else {
    keepStatus = true;
    location.hash = path;
  }
}

export function signedIn() {
  return me;
}

export function can(permission) {
  return Boolean(me && me.permissions.includes(permission));
}

function showChrome(visible, active) {
  document.getElementById('nav').hidden = !visible;
  document.getElementById('who').hidden = !visible;
  document.getElementById('who-name').textContent =
    visible ? `${me.user.email} · ${me.account.name}` : '';
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === active) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

/** The first page drawn leaves the focus at the top; every later one moves it to its heading. */
let firstPage = true;

function render(main, content, title) {
  main.replaceChildren(content);
  // Which address the page shows: tests (and anything else) can tell a page drawn from one pending.
  main.dataset.shown = location.hash;
  document.title = title ? `${title} · Masker` : 'Masker';
  const heading = main.querySelector('h1');
  if (heading && !firstPage) {
    heading.focus();
  }
  firstPage = false;
}

async function draw() {
  const ticket = ++drawing;
  const main = document.getElementById('main');
  const {path, params} = currentRoute();
  if (me === null) {
    try {
      me = await api.get('/api/v1/me');
    } catch (failure) {
      if (!(failure instanceof ApiFailure) || failure.status !== 401) {
        showChrome(false);
        main.replaceChildren(errorBox(failure, 'The portal could not start'));
        return;
      }
    }
  }
  if (me === null || path === '/sign-in') {
    if (me !== null) {
      go('/');
      return;
    }
    showChrome(false);
    render(main, signInPage(params, async () => {
      me = await api.get('/api/v1/me');
      announce(`Signed in as ${me.user.email}.`);
      go('/');
    }), 'Sign in');
    document.body.dataset.page = 'sign-in';
    return;
  }
  const route = routes.find(candidate => candidate.pattern.test(path));
  if (!route) {
    showChrome(true, null);
    document.body.dataset.page = 'not-found';
    render(main, h('section', {}, h('h1', {tabindex: '-1'}, 'Page not found'),
      h('p', {}, 'There is no such page. ', h('a', {href: '#/'}, 'Back to the dashboard'))), 'Not found');
    return;
  }
  showChrome(true, route.nav);
  const match = path.match(route.pattern);
  main.setAttribute('aria-busy', 'true');
  let content;
  let title;
  try {
    ({content, title} = await route.page({params, id: match[1] ? decodeURIComponent(match[1]) : null}));
  } catch (failure) {
    if (failure instanceof ApiFailure && failure.status === 401) {
      me = null;
      announce('Your session has ended: sign in again.');
      go('/sign-in');
      return;
    }
    content = h('section', {}, h('h1', {tabindex: '-1'}, 'Something went wrong'), errorBox(failure));
    title = 'Error';
  }
  if (ticket !== drawing) {
    return;
  }
  main.removeAttribute('aria-busy');
  document.body.dataset.page = route.nav;
  render(main, content, title);
}

async function signOut() {
  try {
    await api.post('/api/v1/auth/logout');
  } catch (failure) {
    // Signing out always ends the session in the browser; the server answers 204 anyway.
  }
  me = null;
  announce('Signed out.');
  go('/sign-in');
}

document.getElementById('sign-out').addEventListener('click', signOut);
window.addEventListener('hashchange', () => {
  if (!keepStatus) {
    announce('');
  }
  keepStatus = false;
  draw();
});
draw();
