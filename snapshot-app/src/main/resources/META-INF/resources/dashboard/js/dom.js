// Tiny DOM helpers: elements are built from data, text always goes in as text (never as HTML).

/**
 * Creates an element. attrs: `class`, `text`, `dataset` (object), `on` (event -> handler), `hidden` (boolean),
 * anything else becomes an attribute (null and false are left out). Children are nodes or strings.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    setAttribute(node, name, value);
  }
  append(node, children);
  return node;
}

function setAttribute(node, name, value) {
  if (value === null || value === undefined || value === false) {
    return;
  }
  if (name === 'class') {
    node.className = value;
  } else if (name === 'text') {
    node.textContent = value;
  } else if (name === 'dataset') {
    Object.assign(node.dataset, value);
  } else if (name === 'on') {
    for (const [event, handler] of Object.entries(value)) {
      node.addEventListener(event, handler);
    }
  } else if (name === 'hidden') {
    node.hidden = true;
  } else {
    node.setAttribute(name, value === true ? '' : String(value));
  }
}

/** Appends nodes and strings, skipping null and false (so `cond && el(...)` works). */
export function append(parent, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/**
 * A table: caption, column headers (a string, or {text, num} for a right-aligned number column), and rows of cells
 * (each cell a string, a node, or {text, node, header, attrs}).
 */
export function table({ caption, headers, rows, className = 'data-table', rowAttrs = () => ({}) }) {
  const head = el('thead', {}, el('tr', {}, headers.map((header) => (typeof header === 'string'
    ? el('th', { scope: 'col', text: header })
    : el('th', { scope: 'col', class: header.num ? 'num' : null, text: header.text })))));
  const body = el('tbody', {}, rows.map((cells, index) => el('tr', rowAttrs(index), cells.map(cell))));
  return el('table', { class: className }, caption && el('caption', { text: caption }), head, body);
}

function cell(value) {
  if (value instanceof Node) {
    return el('td', {}, value);
  }
  if (value !== null && typeof value === 'object') {
    return el(value.header ? 'th' : 'td', { ...(value.attrs || {}), ...(value.header ? { scope: 'row' } : {}) },
      value.node || value.text);
  }
  return el('td', { text: value });
}

/** A short unique id for aria relationships. */
let counter = 0;
export function uid(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}
