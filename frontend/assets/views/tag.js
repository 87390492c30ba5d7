// #/tags/{slug} : a tag with its counts, related tags and feeds, and its link items paged by cursor.
import { h } from '../dom.js';
import { count, longDate, time } from '../format.js';
import { to } from '../router.js';
import { pager, summaryLine, tagList } from './parts.js';

const PAGE_SIZE = 20;

export const tagNotFound = {
  title: 'Tag not found',
  text: 'No published post carries this tag.',
};

export async function tagView({ api, route, signal, setFeeds }) {
  const cursor = route.params.get('cursor');
  const path = `/api/v1/tags/${encodeURIComponent(route.slug)}`;
  const [tag, links] = await Promise.all([
    api.get(path, {}, { signal }),
    api.get(`${path}/links`, { size: PAGE_SIZE, cursor }, { signal }),
  ]);
  const feeds = [
    ['RSS', `/feeds/tags/${encodeURIComponent(tag.slug)}.rss`, 'application/rss+xml'],
    ['Atom', `/feeds/tags/${encodeURIComponent(tag.slug)}.atom`, 'application/atom+xml'],
    ['JSON Feed', `/feeds/tags/${encodeURIComponent(tag.slug)}.json`, 'application/feed+json'],
  ];
  setFeeds(feeds.map(([name, feedPath, type]) => ({ title: `${tag.name} (${name})`, path: feedPath, type })));
  const content = h('section', { class: 'tag', 'aria-labelledby': 'page-title' },
    h('h1', { id: 'page-title', tabindex: '-1' }, h('span', { class: 'muted' }, 'Tag: '), tag.name),
    summaryLine(count(tag.postCount, 'post'), count(tag.linkCount, 'link'),
      tag.firstUsed ? `since ${longDate(tag.firstUsed)}` : null),
    h('p', { class: 'feeds' }, 'Follow this tag: ',
      feeds.flatMap(([name, feedPath], i) => [i ? ' · ' : '', h('a', { href: api.url(feedPath) }, name)])),
    tag.related && tag.related.length ? h('div', { class: 'related-tags' },
      h('h2', {}, 'Often together with'), tagList(tag.related, 'Related tags')) : null,
    h('h2', {}, cursor ? 'Older links' : 'Latest links'),
    links.items.length === 0
      ? h('p', { class: 'empty' }, cursor ? 'There are no older links.' : 'No curated links carry this tag.')
      : h('ol', { class: 'link-list' }, links.items.map(linkCard)),
    pager('More links',
      cursor ? [to.tag(tag.slug), 'Latest links'] : null,
      links.meta && links.meta.nextCursor ? [to.tag(tag.slug, { cursor: links.meta.nextCursor }), 'Older links'] : null));
  return { title: `Tag: ${tag.name}`, content };
}

export function linkCard(link) {
  return h('li', {},
    h('article', { class: 'link-card' },
      h('h3', {}, h('a', { href: link.url }, link.title)),
      summaryLine(h('span', { class: 'domain' }, link.domain),
        link.section && link.section.heading ? link.section.heading : null,
        link.post ? h('span', {}, 'in ', h('a', { href: to.post(link.post.slug) }, link.post.title)) : null,
        link.post ? time(link.post.date) : null),
      link.commentary && link.commentary.excerpt ? h('p', { class: 'excerpt' }, link.commentary.excerpt) : null));
}
