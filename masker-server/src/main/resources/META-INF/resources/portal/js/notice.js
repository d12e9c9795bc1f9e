import {h} from './dom.js';
import {ApiFailure} from './api.js';

/** An error box that says what went wrong and, when the server answered, its request id. */
export function errorBox(failure, what) {
  const lines = [];
  if (failure instanceof ApiFailure) {
    lines.push(h('p', {}, what ? `${what}: ${failure.message}` : failure.message));
    if (failure.details.length) {
      lines.push(h('ul', {}, failure.details.map(detail =>
        h('li', {}, `${detail.field}: ${detail.issue}${detail.line ? ` (line ${detail.line})` : ''}`))));
    }
    if (failure.requestId) {
      lines.push(h('p', {class: 'request-id'}, 'Request id: ', h('code', {}, failure.requestId),
        ' (give it to your administrator to find this request in the server log)'));
    }
  } else {
    lines.push(h('p', {}, (what ? what + ': ' : '') + 'something went wrong in the portal.'));
  }
  return h('div', {class: 'error', role: 'alert'}, lines);
}

const status = () => document.getElementById('status');

/** A short message read out by screen readers and shown at the top of the page. */
export function announce(text) {
  const region = status();
  region.textContent = text;
  region.classList.toggle('shown', Boolean(text));
}

/** A read-only text field with a button that copies it. */
export function copyField(labelText, value, name) {
  const id = `copy-${name}`;
  const input = h('input', {type: 'text', readonly: true, value, id, class: 'copy-value', 'data-copy': name});
  const button = h('button', {type: 'button', class: 'copy', 'aria-label': `Copy ${labelText}`}, 'Copy');
  button.addEventListener('click', async () => {
    input.select();
    try {
      await navigator.clipboard.writeText(value);
      announce(`${labelText} copied.`);
    } catch (refused) {
      announce(`Press Ctrl+C (or ⌘C) to copy the selected ${labelText}.`);
    }
  });
  return h('div', {class: 'field copy-field'},
    h('label', {for: id}, labelText),
    h('div', {class: 'copy-row'}, input, button));
}
