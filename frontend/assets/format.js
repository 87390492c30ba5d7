// Dates and counts in words. Dates are shown as the author wrote them: a post's date is its local date (the
// offset it carries), an event's day is a calendar day, neither shifted into the reader's time zone.
import { h } from './dom.js';

const LOCALE = document.documentElement.lang || 'en';
const LONG = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' });
const NUMBER = new Intl.NumberFormat(LOCALE);

/** '2026-11-15T17:02:40+01:00' or '2026-11-15' -> a Date at that calendar day (UTC), or null. */
function calendarDay(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

export function longDate(iso) {
  const day = calendarDay(iso);
  return day ? LONG.format(day) : '';
}

/** A <time> element for a post date or an event day. */
export function time(iso) {
  const text = longDate(iso);
  return text ? h('time', { datetime: iso }, text) : null;
}

/** A day range: "3 October 2026", "7 – 9 October 2026". */
export function dayRange(startsOn, endsOn) {
  const start = calendarDay(startsOn);
  const end = calendarDay(endsOn);
  if (!start) {
    return '';
  }
  if (!end || end.getTime() === start.getTime()) {
    return LONG.format(start);
  }
  return LONG.formatRange(start, end);
}

export function count(n, one, many = `${one}s`) {
  return `${NUMBER.format(n)} ${n === 1 ? one : many}`;
}

export function number(n) {
  return NUMBER.format(n);
}
