// The header's search box: a combobox (WAI-ARIA pattern) that suggests tags and titles as you type, from two
// letters on; arrows move through the suggestions, Enter opens one (or searches), Escape closes them.
import { h } from './dom.js';
import { count } from './format.js';
import { to } from './router.js';

const MIN_LETTERS = 2;
const DELAY_MS = 150;

export function searchBox({ api, form, input, list }) {
  let options = [];
  let active = -1;
  let timer = null;
  let inFlight = null;

  function close() {
    options = [];
    active = -1;
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function go(href) {
    close();
    window.location.hash = href.slice(1);
  }

  function show(typed, suggestions) {
    options = [
      ...suggestions.tags.map((tag) => ({ text: tag.name, detail: `tag, ${count(tag.posts, 'post')}`, href: to.tag(tag.slug) })),
      ...suggestions.titles.map((title) => ({ text: title.title, detail: title.type, href: hrefOf(title) })),
      { text: `Search for “${typed}”`, detail: '', href: to.search({ q: typed }) },
    ];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    list.replaceChildren(...options.map((option, i) => h('li', {
      id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', class: 'suggestion',
      on: { mousedown: (event) => event.preventDefault(), click: () => go(option.href) },
    }, option.text, option.detail ? h('span', { class: 'muted' }, ` ${option.detail}`) : null)));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function highlight(index) {
    active = index;
    [...list.children].forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `suggestion-${index}`);
      list.children[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  async function suggest(typed) {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    try {
      const suggestions = await api.get('/api/v1/search/suggest', { q: typed, size: 6 }, { signal: controller.signal });
      if (input.value.trim() === typed && document.activeElement === input) {
        show(typed, suggestions);
      }
    } catch {
      // suggestions are a convenience: a failed or aborted one leaves the box as it is
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const typed = input.value.trim();
    if (typed.length < MIN_LETTERS) {
      inFlight?.abort();
      close();
      return;
    }
    timer = setTimeout(() => suggest(typed), DELAY_MS);
  });

  input.addEventListener('keydown', (event) => {
    const open = !list.hidden && options.length > 0;
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      highlight((active + 1) % options.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      highlight(active <= 0 ? options.length - 1 : active - 1);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      go(options[active].href);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  });

  input.addEventListener('blur', close);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    inFlight?.abort();
    const q = input.value.trim();
    if (q) {
      go(to.search({ q }));
    }
  });

  return {
    close,
    show: (q) => {
      input.value = q;
    },
  };
}

function hrefOf(title) {
  if (title.type === 'event') {
    return to.events();
  }
  return title.postSlug ? to.post(title.postSlug) : to.search({ q: title.title });
}
