// #/events : upcoming events (?when=past for past ones), with their day, place and role where known, the talks,
// and the calendar to subscribe to (/events.ics).
import { h } from '../dom.js';
import { count, dayRange } from '../format.js';
import { to } from '../router.js';
import { pager, summaryLine } from './parts.js';

const PAGE_SIZE = 20;
const ROLES = { speaker: 'Speaking', organiser: 'Organising', organizer: 'Organising', attendee: 'Attending', host: 'Hosting' };

export async function eventsView({ api, route, signal }) {
  const past = route.params.get('when') === 'past';
  const cursor = route.params.get('cursor');
  const page = await api.get('/api/v1/events', { when: past ? 'past' : 'upcoming', size: PAGE_SIZE, cursor }, { signal });
  const title = past ? 'Past events' : 'Upcoming events';
  const content = h('section', { class: 'events', 'aria-labelledby': 'page-title' },
    h('h1', { id: 'page-title', tabindex: '-1' }, title),
    h('p', { class: 'subscribe' },
      h('a', { href: api.url('/events.ics'), type: 'text/calendar' }, 'Subscribe to the calendar'),
      ' (iCalendar: paste the address into your calendar app)'),
    h('nav', { class: 'tabs', 'aria-label': 'Which events' },
      h('a', { href: to.events(), 'aria-current': past ? null : 'page' }, 'Upcoming'),
      h('a', { href: to.events({ when: 'past' }), 'aria-current': past ? 'page' : null }, 'Past')),
    page.items.length === 0
      ? h('p', { class: 'empty' }, past ? 'No past events.' : 'No upcoming events right now. ',
        past ? null : h('a', { href: to.events({ when: 'past' }) }, 'See past events'))
      : h('ol', { class: 'event-list' }, page.items.map(eventCard)),
    pager('More events',
      cursor ? [to.events({ when: past ? 'past' : null }), past ? 'Latest past events' : 'Soonest events'] : null,
      page.meta && page.meta.nextCursor
        ? [to.events({ when: past ? 'past' : null, cursor: page.meta.nextCursor }), past ? 'Earlier events' : 'Later events'] : null));
  return { title, content };
}

// how an event is attended, as the newsletters' lists give it
const MODES = { virtual: 'Online', hybrid: 'Hybrid', 'in-person': 'In person' };

function eventCard(event) {
  const place = [event.venue, event.city, event.country].filter(Boolean).join(', ');
  const mode = MODES[event.mode];
  const role = ROLES[(event.role || '').toLowerCase()] || event.role;
  return h('li', {},
    h('article', { class: 'event' },
      h('h2', {}, event.url ? h('a', { href: event.url }, event.name) : event.name),
      summaryLine(
        h('time', { datetime: event.startsOn }, `${event.approximate ? 'Around ' : ''}${dayRange(event.startsOn, event.endsOn)}`),
        startTime(event),
        mode ? h('span', { class: 'mode' }, mode) : null,
        place ? h('span', { class: 'place' }, place) : null,
        event.group && event.group.name ? h('span', { class: 'group' }, event.group.name) : null,
        role ? h('span', { class: 'role' }, role) : null,
        event.status && event.status !== 'scheduled' ? h('strong', { class: 'status' }, capitalised(event.status)) : null),
      event.description ? h('p', {}, event.description) : null,
      event.talks && event.talks.length ? h('ul', { class: 'talks', 'aria-label': 'Talks' },
        event.talks.map((talk) => h('li', {}, h('strong', {}, talk.title), talk.summary ? ` — ${talk.summary}` : ''))) : null,
      event.mentionCount ? h('p', { class: 'muted' }, `Mentioned in ${count(event.mentionCount, 'post')}`) : null));
}

/** '2026-10-03T09:30:00+01:00' -> '09:30 (Europe/Lisbon)', the time as the event gives it. */
function startTime(event) {
  const match = /T(\d{2}:\d{2})/.exec(event.startsAt || '');
  return match ? `${match[1]}${event.zone ? ` (${event.zone})` : ''}` : null;
}

function capitalised(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
