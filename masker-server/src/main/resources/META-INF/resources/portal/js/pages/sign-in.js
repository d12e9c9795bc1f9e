import {api, ApiFailure} from '../api.js';
import {field, h} from '../dom.js';
import {errorBox} from '../notice.js';

/** Local sign-in (e-mail and password) and sign-in with GitHub. */
export function signInPage(params, signedIn) {
  const problem = h('div', {class: 'problem'});
  const email = h('input', {type: 'email', name: 'email', autocomplete: 'username', required: true});
  const password = h('input', {type: 'password', name: 'password', autocomplete: 'current-password', required: true});
  const submit = h('button', {type: 'submit', class: 'primary'}, 'Sign in');
  const form = h('form', {class: 'card', 'aria-labelledby': 'local-heading'},
    h('h2', {id: 'local-heading'}, 'With e-mail and password'),
    field('E-mail', email),
    field('Password', password),
    submit);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    problem.replaceChildren();
    submit.disabled = true;
    try {
      await api.post('/api/v1/auth/login', {email: email.value.trim(), password: password.value});
      password.value = '';
      await signedIn();
    } catch (failure) {
      password.value = '';
      problem.replaceChildren(errorBox(failure,
        failure instanceof ApiFailure && failure.status === 401 ? 'Sign-in refused' : 'Could not sign in'));
      submit.disabled = false;
    }
  });

  const github = h('button', {type: 'button', class: 'github'}, 'Sign in with GitHub');
  github.addEventListener('click', async () => {
    problem.replaceChildren();
    const start = '/api/v1/auth/github?redirect_to=' + encodeURIComponent('/portal/');
    // Ask first, without following the redirect: a server without GitHub sign-in answers 404,
    // which is shown here rather than as a bare JSON page.
    try {
      const probe = await fetch(start, {redirect: 'manual', credentials: 'same-origin'});
      if (probe.type === 'opaqueredirect' || probe.status === 302) {
        location.assign(start);
        return;
      }
      const answer = await probe.json().catch(() => ({}));
      const error = answer.error || {};
      problem.replaceChildren(errorBox(new ApiFailure(probe.status, error.code,
        probe.status === 404 ? 'GitHub sign-in is not configured on this server.' : (error.message || 'GitHub sign-in failed.'),
        error.request_id || probe.headers.get('X-Request-Id'))));
    } catch (unreachable) {
      problem.replaceChildren(errorBox(new ApiFailure(0, 'unreachable', 'The server could not be reached.', null)));
    }
  });

  return h('section', {class: 'sign-in'},
    h('h1', {tabindex: '-1'}, 'Sign in to Masker'),
    h('p', {}, 'The portal of your Masker server: agents, recorded calls and their compliance reports.'),
    problem,
    form,
    h('div', {class: 'card'},
      h('h2', {}, 'With GitHub'),
      h('p', {}, 'For hosted accounts and servers set up for GitHub sign-in.'),
      github));
}
