// Building the page. Strings from the API go in as text (textContent), never as markup; only the service's
// documented HTML fields (intro, body and section HTML, commentary HTML, search highlights) pass through
// trustedHtml or highlighted, which still strip anything that could run code.

/**
 * An element: h('a', { href: '#/', class: 'x' }, 'text', child, ...). Children are strings (text), nodes,
 * arrays of them, or null/false (left out). Attributes with null, undefined or false values are left out;
 * `on` takes event handlers ({ click: fn }).
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'on') {
      for (const [event, handler] of Object.entries(value)) {
        element.addEventListener(event, handler);
      }
    } else if (value !== null && value !== undefined && value !== false) {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

const DROPPED = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'BASE', 'OBJECT', 'EMBED', 'FORM', 'TEMPLATE', 'NOSCRIPT']);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'cite', 'xlink:href'];

/**
 * The service's HTML as a fragment, inert while it is cleaned: no scripts, no event handler attributes, no
 * javascript: URLs. Relative URLs are resolved against `base` (the post's canonical page, so site-relative images
 * point at the blog); links to another post of the blog become this site's #/posts/{slug} via `postSlugOf`.
 */
export function trustedHtml(html, { base = null, postSlugOf = () => null } = {}) {
  const template = document.createElement('template');
  template.innerHTML = html || '';
  for (const element of [...template.content.querySelectorAll('*')]) {
    if (DROPPED.has(element.tagName.toUpperCase())) {
      element.remove();
      continue;
    }
    for (const attribute of [...element.attributes]) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on') || name === 'srcdoc' || name === 'srcset') {
        element.removeAttribute(attribute.name);
      } else if (URL_ATTRIBUTES.includes(name)) {
        cleanUrl(element, attribute.name, attribute.value, base, postSlugOf);
      }
    }
    if (element.tagName === 'IFRAME') {
      element.setAttribute('loading', 'lazy');
    }
    if (element.tagName === 'IMG') {
      element.setAttribute('loading', 'lazy');
    }
  }
  return template.content;
}

function cleanUrl(element, name, value, base, postSlugOf) {
  const trimmed = value.trim();
  if (trimmed.startsWith('#')) {
    return; // an anchor inside the content: app.js scrolls to it without leaving the view
  }
  let url;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    element.removeAttribute(name);
    return;
  }
  if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) {
    element.removeAttribute(name);
    return;
  }
  const slug = name === 'href' ? postSlugOf(url) : null;
  element.setAttribute(name, slug ? `#/posts/${encodeURIComponent(slug)}` : url.toString());
}

/**
 * A search highlight: the service escapes the text and marks the matches with <mark>; anything else that
 * arrives is kept as text only.
 */
export function highlighted(html) {
  const template = document.createElement('template');
  template.innerHTML = html || '';
  const fragment = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && node.tagName === 'MARK') {
      fragment.append(h('mark', {}, node.textContent));
    } else {
      fragment.append(document.createTextNode(node.textContent));
    }
  }
  return fragment;
}

/** Heading of the given level (clamped to h2..h6). */
export function heading(level, attributes, ...children) {
  return h(`h${Math.min(6, Math.max(2, level))}`, attributes, ...children);
}
