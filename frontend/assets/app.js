// Start-up and the view loop: finds the API (?api=, else index.html's <meta name="roundup-api">, else this
// origin), points the feeds at it, and renders the view of the current hash route into <main>. Tests and
// assistive technology can tell when a view is ready: <main> has aria-busy="false" and data-route equal to
// the hash it shows.
import { Api, ApiError, apiBaseFrom } from './api.js';
import { h } from './dom.js';
import { parseRoute } from './router.js';
import { searchBox } from './suggest.js';
import { eventsView } from './views/events.js';
import { homeView } from './views/home.js';
import { notFoundView } from './views/notfound.js';
import { problemPage } from './views/parts.js';
import { postNotFound, postView } from './views/post.js';
import { searchView } from './views/search.js';
import { tagNotFound, tagView } from './views/tag.js';

const VIEWS = {
  home: { render: homeView },
  post: { render: postView, notFound: postNotFound },
  tag: { render: tagView, notFound: tagNotFound },
  search: { render: searchView },
  events: { render: eventsView },
  notFound: { render: notFoundView },
};
const LOADING_DELAY_MS = 150;

const main = document.getElementById('main');
const announcer = document.getElementById('announcer');
// index.html's name until the service says its own (GET /api/v1/site)
let siteName = document.querySelector('.brand').textContent.trim();
let current = null;

async function start() {
  let api;
  try {
    const configured = document.querySelector('meta[name="roundup-api"]');
    api = new Api(apiBaseFrom(window.location, configured ? configured.content : ''));
  } catch (error) {
    show({ name: 'config' }, problemPage(error), false);
    return;
  }
  for (const link of document.querySelectorAll('[data-api-path]')) {
    link.href = api.url(link.dataset.apiPath);
  }
  document.getElementById('api-origin').textContent = api.base.origin === window.location.origin
    ? 'this site' : api.base.origin;
  const box = searchBox({
    api,
    form: document.getElementById('search-form'),
    input: document.getElementById('search-input'),
    list: document.getElementById('search-suggestions'),
  });
  document.addEventListener('click', scrollToAnchor);
  window.addEventListener('hashchange', () => render(api, box, true));
  await nameTheSite(api);
  render(api, box, false);
}

async function render(api, box, navigated) {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const route = parseRoute(window.location.hash);
  box.close();
  // the box shows the search on the search page, and is empty elsewhere
  box.show(route.name === 'search' ? route.params.get('q') || '' : '');
  markNavigation(route.name);
  setViewFeeds(api, []);
  main.setAttribute('aria-busy', 'true');
  const loading = setTimeout(() => main.replaceChildren(h('p', { class: 'loading' }, 'Loading…')), LOADING_DELAY_MS);
  const view = VIEWS[route.name];
  let outcome;
  try {
    outcome = await view.render({ api, route, signal: controller.signal, setFeeds: (feeds) => setViewFeeds(api, feeds) });
  } catch (error) {
    if (controller.signal.aborted) {
      return;
    }
    if (!(error instanceof ApiError)) {
      console.error(error); // a bug in this site, not a problem of the service: let it be seen
    }
    outcome = problemPage(error instanceof ApiError ? error : new ApiError({ title: 'This page could not be shown' }),
      { notFound: view.notFound });
  } finally {
    clearTimeout(loading);
  }
  if (!controller.signal.aborted) {
    show(route, outcome, navigated);
  }
}

function show(route, { title, content, state = 'ready' }, navigated) {
  main.replaceChildren(content);
  main.dataset.view = route.name;
  main.dataset.state = state;
  main.dataset.route = window.location.hash;
  main.setAttribute('aria-busy', 'false');
  document.title = `${title} · ${siteName}`;
  announcer.textContent = title;
  if (navigated) {
    window.scrollTo(0, 0);
    (main.querySelector('h1') || main).focus({ preventScroll: true });
  }
}

/** The blog's own name and description, once, before the first view; index.html's stay if the service has none. */
async function nameTheSite(api) {
  try {
    const site = await api.get('/api/v1/site');
    siteName = site.title;
    document.querySelector('.brand').textContent = site.title;
    document.querySelector('meta[name="description"]')?.setAttribute('content', site.description);
  } catch {
    // an older service, or none: the view that follows says what is wrong
  }
}

function markNavigation(name) {
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === name) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

/** Feeds of the current view (a tag's) next to the site's own in the page head. */
function setViewFeeds(api, feeds) {
  document.querySelectorAll('link[data-view-feed]').forEach((link) => link.remove());
  for (const feed of feeds) {
    document.head.append(h('link', { rel: 'alternate', type: feed.type, title: feed.title, href: api.url(feed.path), 'data-view-feed': '' }));
  }
}

/** Links to an anchor (#main, footnotes in a post) scroll to it instead of changing the route. */
function scrollToAnchor(event) {
  const link = event.target.closest('a[href^="#"]');
  const href = link && link.getAttribute('href');
  if (!href || href.startsWith('#/') || href === '#') {
    return;
  }
  event.preventDefault();
  const target = document.getElementById(decodeURIComponent(href.slice(1)));
  if (target) {
    if (!target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
    }
    target.focus();
    target.scrollIntoView();
  }
}

start();
