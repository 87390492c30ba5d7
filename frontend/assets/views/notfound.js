// Any other hash: a page of this site that does not exist (no call to the API).
import { h } from '../dom.js';
import { to } from '../router.js';

export async function notFoundView() {
  const content = h('section', { class: 'problem', role: 'alert', 'data-status': 404 },
    h('h1', { tabindex: '-1' }, 'Page not found'),
    h('p', {}, 'This site has no page at this address.'),
    h('p', { class: 'next-steps' }, h('a', { href: to.home() }, 'Newest roundups'), ' · ',
      h('a', { href: to.search() }, 'Search'), ' · ', h('a', { href: to.events() }, 'Events')));
  return { title: 'Page not found', content, state: 'problem' };
}
