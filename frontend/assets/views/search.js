// #/search?q= : ranked results with highlighted passages, facets by type, tag, section and year that narrow the
// results (each a link, so a narrowed search can be shared), "did you mean", pages by number.
import { h, highlighted } from '../dom.js';
import { number, time } from '../format.js';
import { to } from '../router.js';
import { pager, summaryLine, tagList } from './parts.js';

const PAGE_SIZE = 10;
const TYPE_LABELS = { post: 'Posts', link: 'Links', event: 'Events' };
const SINGLE = ['type', 'section', 'year'];

/** The search's state in the URL: q and the chosen facet values. */
function stateOf(params) {
  const page = Number.parseInt(params.get('page') || '1', 10);
  return {
    q: (params.get('q') || '').trim(),
    type: params.get('type') || '',
    tag: params.getAll('tag'),
    section: params.get('section') || '',
    year: params.get('year') || '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

function linkTo(state, changes = {}) {
  const next = { ...state, page: 1, ...changes };
  return to.search({ q: next.q, type: next.type, tag: next.tag, section: next.section, year: next.year,
    page: next.page > 1 ? next.page : null });
}

export async function searchView({ api, route, signal }) {
  const state = stateOf(route.params);
  if (!state.q) {
    return startPage(api, signal);
  }
  const year = /^\d{4}$/.test(state.year) ? state.year : null;
  const result = await api.get('/api/v1/search', {
    q: state.q, type: state.type, tag: state.tag, section: state.section,
    // the facet counts by year; the API filters by a date range
    from: year ? `${year}-01-01` : null, to: year ? `${year}-12-31` : null,
    page: state.page, size: PAGE_SIZE,
  }, { signal });
  const meta = result.meta || {};
  const total = `${number(meta.total || 0)}${result.totalApproximate ? '+' : ''}`;
  const content = h('section', { class: 'search', 'aria-labelledby': 'page-title' },
    h('h1', { id: 'page-title', tabindex: '-1' }, `Results for “${state.q}”`),
    correction(state, result),
    h('p', { class: 'muted result-count' }, `${total} ${meta.total === 1 ? 'result' : 'results'}`),
    activeFilters(state),
    h('div', { class: 'search-layout' },
      h('div', { class: 'search-results' },
        result.items.length === 0
          ? h('p', { class: 'empty' }, `Nothing matches “${state.q}”`, state.type || state.tag.length || state.section || year
            ? ' with these filters. Remove a filter to widen the search.' : '. Try fewer or other words.')
          : h('ol', { class: 'results', start: (state.page - 1) * PAGE_SIZE + 1 }, result.items.map(resultItem)),
        pager('Result pages',
          state.page > 1 ? [linkTo(state, { page: state.page - 1 }), 'Previous results'] : null,
          state.page < (meta.totalPages || 0) ? [linkTo(state, { page: state.page + 1 }), 'More results'] : null)),
      facets(state, result.facets || {})));
  return { title: `Search: ${state.q}`, content };
}

async function startPage(api, signal) {
  const tags = await api.get('/api/v1/tags', { size: 24, fields: 'name,slug' }, { signal });
  const content = h('section', { class: 'search', 'aria-labelledby': 'page-title' },
    h('h1', { id: 'page-title', tabindex: '-1' }, 'Search'),
    h('p', {}, 'Type in the search box above: words, "quoted phrases", -excluded words or OR. '
      + 'Suggestions appear after two letters.'),
    tags.items.length ? h('h2', {}, 'Most used tags') : null,
    tagList(tags.items, 'Most used tags'));
  return { title: 'Search', content };
}

function correction(state, result) {
  if (!result.didYouMean) {
    return null;
  }
  return h('p', { class: 'did-you-mean' },
    `Nothing matched “${state.q}”. Showing results for `,
    h('a', { href: linkTo(state, { q: result.didYouMean }) }, result.didYouMean), ' instead.');
}

function activeFilters(state) {
  const chosen = [
    state.type && ['Type', TYPE_LABELS[state.type] || state.type, { type: '' }],
    ...state.tag.map((tag) => ['Tag', tag, { tag: state.tag.filter((t) => t !== tag) }]),
    state.section && ['Section', state.section, { section: '' }],
    state.year && ['Year', state.year, { year: '' }],
  ].filter(Boolean);
  if (chosen.length === 0) {
    return null;
  }
  return h('ul', { class: 'active-filters', 'aria-label': 'Active filters' },
    chosen.map(([name, value, without]) => h('li', {},
      h('a', { href: linkTo(state, without), 'aria-label': `Remove filter ${name}: ${value}` }, `${name}: ${value} ✕`))));
}

function facets(state, facetCounts) {
  const groups = [
    ['Type', 'type', facetCounts.type, (value) => TYPE_LABELS[value] || value],
    ['Tag', 'tag', facetCounts.tag, null],
    ['Section', 'section', facetCounts.section, null],
    ['Year', 'year', facetCounts.year, null],
  ];
  return h('aside', { class: 'facets', 'aria-label': 'Narrow the results' },
    h('h2', {}, 'Narrow the results'),
    groups.map(([title, key, values, label]) => facetGroup(state, title, key, values || [], label)));
}

function facetGroup(state, title, key, values, label) {
  const shown = values.filter((facet) => facet.count > 0 || isChosen(state, key, facet.value));
  if (shown.length === 0) {
    return null;
  }
  const id = `facet-${key}`;
  return h('section', { class: 'facet', 'data-facet': key, 'aria-labelledby': id },
    h('h3', { id }, title),
    h('ul', {}, shown.map((facet) => {
      const chosen = isChosen(state, key, facet.value);
      const text = label ? label(facet.value) : facet.label || facet.value;
      return h('li', {},
        h('a', { href: linkTo(state, toggle(state, key, facet.value, chosen)), 'aria-current': chosen ? 'true' : null,
          'data-value': facet.value },
        chosen ? '✓ ' : '', text, ' ', h('span', { class: 'count' }, `(${number(facet.count)})`)));
    })));
}

function isChosen(state, key, value) {
  return key === 'tag' ? state.tag.includes(value) : state[key] === value;
}

function toggle(state, key, value, chosen) {
  if (SINGLE.includes(key)) {
    return { [key]: chosen ? '' : value };
  }
  return { tag: chosen ? state.tag.filter((tag) => tag !== value) : [...state.tag, value] };
}

function resultItem(item) {
  const title = item.highlight && item.highlight.title ? highlighted(item.highlight.title) : item.title;
  const href = item.type === 'post' ? to.post(item.slug) : item.url || (item.type === 'event' ? to.events() : null);
  return h('li', {},
    h('article', { class: `result type-${item.type}` },
      h('p', { class: 'result-type' }, (TYPE_LABELS[item.type] || item.type).replace(/s$/, '')),
      h('h2', {}, href ? h('a', { href }, title) : title),
      item.highlight && item.highlight.text ? h('p', { class: 'snippet' }, highlighted(item.highlight.text)) : null,
      summaryLine(
        item.domain && item.type !== 'post' ? h('span', { class: 'domain' }, item.domain) : null,
        item.section && item.section.heading ? item.section.heading : null,
        item.post && item.type !== 'post' ? h('span', {}, 'in ', h('a', { href: to.post(item.post.slug) }, item.post.title)) : null,
        time(item.date))));
}
