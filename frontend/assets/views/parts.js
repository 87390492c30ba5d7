// Pieces more than one view uses: tag lists, pagers, post references and the problem page.
import { h } from '../dom.js';
import { count, time } from '../format.js';
import { to } from '../router.js';

export function tagList(tags, label = 'Tags') {
  if (!tags || tags.length === 0) {
    return null;
  }
  return h('ul', { class: 'tags', 'aria-label': label },
    tags.map((tag) => h('li', {}, h('a', { href: to.tag(tag.slug) }, tag.name))));
}

/** Older/newer links; each is [href, text] or null. */
export function pager(label, newer, older) {
  if (!newer && !older) {
    return null;
  }
  return h('nav', { class: 'pager', 'aria-label': label },
    newer ? h('a', { href: newer[0], rel: 'prev' }, `← ${newer[1]}`) : h('span'),
    older ? h('a', { href: older[0], rel: 'next' }, `${older[1]} →`) : h('span'));
}

/** A list of posts referenced by another (related, links to, linked from). */
export function postRefs(title, posts, id) {
  if (!posts || posts.length === 0) {
    return null;
  }
  return h('section', { class: 'post-refs', 'aria-labelledby': id },
    h('h2', { id }, title),
    h('ul', {}, posts.map((post) => h('li', {},
      h('a', { href: to.post(post.slug) }, post.title), ' ', h('span', { class: 'muted' }, time(post.date))))));
}

/**
 * A post's slug when `url` is a canonical post page of the same blog ({base-url}/post/{slug}/), else null.
 * `pageUrl` is any post's canonical URL: the blog's base URL is not published by the API on its own.
 */
export function postSlugResolver(pageUrl) {
  let origin = null;
  try {
    origin = new URL(pageUrl).origin;
  } catch {
    return () => null;
  }
  return (url) => {
    const match = /\/post\/([^/]+)\/?$/.exec(url.pathname);
    return url.origin === origin && match ? decodeURIComponent(match[1]) : null;
  };
}

export function summaryLine(...parts) {
  const present = parts.filter((part) => part !== null && part !== undefined && part !== '');
  return h('p', { class: 'meta' }, present.flatMap((part, i) => (i === 0 ? [part] : [' · ', part])));
}

export function postFacts(post) {
  const roundup = (post.categories || []).includes('roundup') || post.roundup === true;
  return summaryLine(
    time(post.date),
    post.readingMinutes ? `${post.readingMinutes} min read` : null,
    roundup && Number.isInteger(post.linkCount) ? count(post.linkCount, 'link') : null);
}

// Headings in words for the statuses a reader meets; others keep the problem's own title.
const FRIENDLY = {
  400: 'The request was not accepted',
  404: 'Not found',
  429: 'Too many requests right now',
  503: 'The service is busy right now',
};

/**
 * The page shown when a call fails: the problem's title and detail in words, what to do next, and a retry for
 * failures that may pass.
 */
export function problemPage(error, { notFound } = {}) {
  const status = error.status ?? 0;
  const known = status === 404 && notFound;
  const title = known ? notFound.title : FRIENDLY[status] || error.title || 'Something went wrong';
  const retryable = error.retryable === true;
  const content = h('section', { class: 'problem', role: 'alert', 'data-status': status },
    h('h1', { tabindex: '-1' }, title),
    known ? h('p', {}, notFound.text) : null,
    error.detail ? h('p', { class: 'problem-detail' },
      status ? `The service said (${status} ${error.title}): ` : '', error.detail) : null,
    h('p', { class: 'next-steps' },
      retryable ? h('button', { type: 'button', class: 'retry', on: { click: () => window.dispatchEvent(new HashChangeEvent('hashchange')) } }, 'Try again') : null,
      retryable ? ' ' : null,
      h('a', { href: to.home() }, 'Newest roundups'), ' · ', h('a', { href: to.search() }, 'Search')));
  return { title, content, state: 'problem' };
}
