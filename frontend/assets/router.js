// Hash routes, so that any static server can host the site and every view has a URL to share and reload:
//   #/                     newest roundups (?cursor= for older pages)
//   #/posts/{slug}         one roundup or article
//   #/tags/{slug}          a tag and its link items (?cursor=)
//   #/search?q=            search, with its filters (type, tag, section, year, page)
//   #/events               upcoming events (?when=past for past ones)

function decode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** '#/posts/abc?x=1' -> { name: 'post', slug: 'abc', params: URLSearchParams('x=1') } */
export function parseRoute(hash) {
  const raw = (hash || '').replace(/^#/, '');
  const queryAt = raw.indexOf('?');
  const path = queryAt < 0 ? raw : raw.slice(0, queryAt);
  const params = new URLSearchParams(queryAt < 0 ? '' : raw.slice(queryAt + 1));
  const segments = path.split('/').filter((segment) => segment !== '').map(decode);
  const [first, slug] = segments;
  if (segments.length === 0) {
    return { name: 'home', params };
  }
  if (segments.length === 2 && first === 'posts') {
    return { name: 'post', slug, params };
  }
  if (segments.length === 2 && first === 'tags') {
    return { name: 'tag', slug, params };
  }
  if (segments.length === 1 && (first === 'search' || first === 'events')) {
    return { name: first, params };
  }
  return { name: 'notFound', params };
}

function withQuery(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== '') {
        query.append(key, String(one));
      }
    }
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export const to = {
  home: (params) => withQuery('#/', params),
  post: (slug) => `#/posts/${encodeURIComponent(slug)}`,
  tag: (slug, params) => withQuery(`#/tags/${encodeURIComponent(slug)}`, params),
  search: (params) => withQuery('#/search', params),
  events: (params) => withQuery('#/events', params),
};
