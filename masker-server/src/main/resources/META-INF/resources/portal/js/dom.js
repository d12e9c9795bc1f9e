// Builds elements without HTML strings: every text goes in as text, never as markup.

/** h('a', {href: '#/x', class: 'b'}, 'text', child) */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(element, child);
    } else if (child instanceof Node) {
      element.appendChild(child);
    } else {
      element.appendChild(document.createTextNode(String(child)));
    }
  }
}

const SVG = 'http://www.w3.org/2000/svg';

export function svg(tag, attributes, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    element.setAttribute(name, String(value));
  }
  for (const child of children) {
    element.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

let fieldCount = 0;

/** A labelled form field: the label names the control, the hint describes it. */
export function field(labelText, control, hint) {
  fieldCount += 1;
  const id = control.id || `field-${fieldCount}`;
  control.id = id;
  const parts = [h('label', {for: id}, labelText), control];
  if (hint) {
    const hintId = `${id}-hint`;
    control.setAttribute('aria-describedby', hintId);
    parts.push(h('p', {id: hintId, class: 'hint'}, hint));
  }
  return h('div', {class: 'field'}, parts);
}

/** A table with a caption, inside a wrapper that scrolls on its own on a narrow screen. */
export function table(caption, headings, rows, attributes) {
  return h('div', {class: 'table-wrap'},
    h('table', attributes || {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, headings.map(text => h('th', {scope: 'col'}, text)))),
      h('tbody', {}, rows)));
}

export function time(iso) {
  if (!iso) {
    return '—';
  }
  const date = new Date(iso);
  return h('time', {datetime: iso}, date.toLocaleString());
}

export function empty(text, ...more) {
  return h('div', {class: 'empty'}, h('p', {}, text), more);
}

/** The page's heading, which takes the focus when a page opens. */
export function heading(text) {
  return h('h1', {tabindex: '-1'}, text);
}
