// #/posts/{slug} : one roundup (intro, sections with their link items and commentary, events, previous and
// next, related posts, links between posts) or one article (its body).
import { h, heading, trustedHtml } from '../dom.js';
import { dayRange } from '../format.js';
import { to } from '../router.js';
import { pager, postFacts, postRefs, postSlugResolver, tagList } from './parts.js';

export const postNotFound = {
  title: 'Post not found',
  text: 'There is no published post at this address. It may have been renamed, or it is not published yet.',
};

export async function postView({ api, route, signal }) {
  const post = await api.get(`/api/v1/posts/${encodeURIComponent(route.slug)}`, {}, { signal });
  const html = { base: post.url, postSlugOf: postSlugResolver(post.url) };
  const content = h('article', { class: 'post', 'aria-labelledby': 'page-title' },
    h('header', { class: 'post-header' },
      h('h1', { id: 'page-title', tabindex: '-1' }, post.title),
      postFacts(post),
      post.author ? h('p', { class: 'muted' }, `By ${post.author}`) : null,
      tagList(post.tags)),
    post.roundup ? roundupBody(post, html) : h('div', { class: 'prose' }, trustedHtml(post.body && post.body.html, html)),
    eventsOf(post),
    pager('Previous and next post',
      post.next ? [to.post(post.next.slug), `Newer: ${post.next.title}`] : null,
      post.previous ? [to.post(post.previous.slug), `Older: ${post.previous.title}`] : null),
    postRefs('Related posts', post.related, 'related-title'),
    postRefs('Posts this one links to', post.linksTo, 'links-to-title'),
    postRefs('Posts that link here', post.linkedFrom, 'linked-from-title'),
    canonicalLink(post));
  return { title: post.title, content };
}

function roundupBody(post, html) {
  const sections = post.sections || [];
  const levels = sections.map(levelOf).filter((level) => level > 0);
  const top = levels.length ? Math.min(...levels) : 2;
  return h('div', { class: 'roundup' },
    h('div', { class: 'prose intro' }, trustedHtml(post.intro && post.intro.html, html)),
    sections.map((section, i) => sectionOf(section, i, top, html)));
}

/** '## Streaming\n...' -> 2; the untitled section (links above the first heading) -> 0. */
function levelOf(section) {
  const match = /^ {0,3}(#{1,6})/.exec(section.markdown || '');
  return section.heading && match ? match[1].length : 0;
}

// Sub-headings (### and deeper) live inside a section's markdown; such a section is shown as its HTML, which
// keeps them, rather than as a flat list of its link items.
const SUB_HEADING = /\n {0,3}#{3,6}(?:[ \t]|$)/;

function sectionOf(section, index, top, html) {
  const level = levelOf(section);
  const id = `section-${index}`;
  const links = section.links || [];
  const structured = section.kind === 'links' && links.length > 0 && !SUB_HEADING.test(section.markdown || '');
  return h('section', { class: `post-section kind-${section.kind}`, 'aria-labelledby': section.heading ? id : null },
    section.heading ? heading(2 + Math.max(0, level - top), { id }, section.heading) : null,
    structured
      ? h('ul', { class: 'link-items' }, links.map((link) => linkItem(link, html)))
      : h('div', { class: 'prose' }, withoutHeading(trustedHtml(section.html, html))));
}

function withoutHeading(fragment) {
  const first = fragment.firstElementChild;
  if (first && /^H[1-6]$/.test(first.tagName)) {
    first.remove();
  }
  return fragment;
}

function linkItem(link, html) {
  const internal = link.linkedPost && link.linkedPost.slug;
  return h('li', { class: 'link-item' },
    h('p', { class: 'link-title' },
      h('a', { href: internal ? to.post(link.linkedPost.slug) : link.url }, link.title),
      ' ', h('span', { class: 'domain' }, internal ? 'on this blog' : link.domain)),
    link.commentary && link.commentary.html
      ? h('div', { class: 'commentary' }, trustedHtml(link.commentary.html, html)) : null);
}

function eventsOf(post) {
  const events = post.events || [];
  if (events.length === 0) {
    return null;
  }
  return h('section', { class: 'post-events', 'aria-labelledby': 'events-title' },
    h('h2', { id: 'events-title' }, 'Events in this post'),
    h('ul', {}, events.map((event) => h('li', {},
      event.url ? h('a', { href: event.url }, event.name) : event.name,
      ' ', h('span', { class: 'muted' }, dayRange(event.startsOn, event.startsOn))))),
    h('p', {}, h('a', { href: to.events() }, 'All upcoming events')));
}

function canonicalLink(post) {
  return /^https?:\/\//.test(post.url || '')
    ? h('p', { class: 'canonical' }, h('a', { href: post.url }, 'This post on the blog')) : null;
}
