// #/ : the newest roundups, newest first; "Older roundups" follows the API's keyset cursor (?cursor=).
import { h } from '../dom.js';
import { count } from '../format.js';
import { to } from '../router.js';
import { pager, postFacts, tagList } from './parts.js';

const PAGE_SIZE = 10;
const FIELDS = 'slug,title,date,description,tags,categories,linkCount,readingMinutes';

export async function homeView({ api, route, signal }) {
  const cursor = route.params.get('cursor');
  const page = await api.get('/api/v1/posts', { size: PAGE_SIZE, cursor, fields: FIELDS }, { signal });
  const title = cursor ? 'Older roundups' : 'Newest roundups';
  const content = h('section', { class: 'home', 'aria-labelledby': 'page-title' },
    h('h1', { id: 'page-title', tabindex: '-1' }, title),
    page.meta && Number.isInteger(page.meta.total) ? h('p', { class: 'muted' }, `${count(page.meta.total, 'post')} in all.`) : null,
    page.items.length === 0
      ? h('p', { class: 'empty' }, cursor ? 'There are no older posts.' : 'No roundups have been published yet.')
      : h('ol', { class: 'post-list' }, page.items.map(postCard)),
    pager('More roundups',
      cursor ? [to.home(), 'Newest roundups'] : null,
      page.meta && page.meta.nextCursor ? [to.home({ cursor: page.meta.nextCursor }), 'Older roundups'] : null));
  return { title, content };
}

function postCard(post) {
  return h('li', {},
    h('article', { class: 'post-card' },
      h('h2', {}, h('a', { href: to.post(post.slug) }, post.title)),
      postFacts(post),
      post.description ? h('p', { class: 'description' }, post.description) : null,
      tagList(post.tags)));
}
