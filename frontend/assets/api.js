// The only module that talks to the service. Every read is a GET of the public API at the base URL given by
// ?api= (default: this page's origin); failures become ApiError, carrying the problem's title and detail.

/** A failed call: the service's RFC 9457 problem, or a stand-in when it could not be reached. */
export class ApiError extends Error {
  constructor({ status = 0, title, detail, parameter, retryable = false } = {}) {
    super(detail || title || 'The request failed');
    this.name = 'ApiError';
    this.status = status;
    this.title = title || 'The request failed';
    this.detail = detail || '';
    this.parameter = parameter || null;
    this.retryable = retryable;
  }
}

/**
 * The API's base URL: ?api= when given (an absolute http(s) URL), else `configured` (index.html's
 * <meta name="roundup-api">), else the page's own origin.
 * Throws ApiError when the address is not a web address, so the page can say so instead of failing later.
 */
export function apiBaseFrom(location, configured = '') {
  const requested = new URLSearchParams(location.search).get('api');
  const given = requested && requested.trim() ? requested : configured;
  if (!given || given.trim() === '') {
    return new URL('/', location.origin);
  }
  let url;
  try {
    url = new URL(given.trim());
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new ApiError({
      title: 'The API address is not valid',
      detail: `The API's address (?api=) must be an http or https address such as https://api.example.com, not "${given}".`,
    });
  }
  // a base with a path (https://example.com/roundup) keeps it: API paths are resolved below it
  url.pathname = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  url.search = '';
  url.hash = '';
  return url;
}

export class Api {
  constructor(base) {
    this.base = base;
  }

  /** The absolute URL of an API path ('/api/v1/posts'), with query parameters; arrays repeat their key. */
  url(path, params = {}) {
    const url = new URL(path.replace(/^\//, ''), this.base);
    for (const [key, value] of Object.entries(params)) {
      for (const one of Array.isArray(value) ? value : [value]) {
        if (one !== undefined && one !== null && one !== '') {
          url.searchParams.append(key, String(one));
        }
      }
    }
    return url.toString();
  }

  /** GET path as JSON; rejects with ApiError (or the AbortError of signal). */
  async get(path, params = {}, { signal } = {}) {
    const url = this.url(path, params);
    let response;
    try {
      response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
    } catch (error) {
      if (error.name === 'AbortError') {
        throw error;
      }
      throw new ApiError({
        title: 'The service could not be reached',
        detail: `No answer from ${this.base.origin}. Check your connection, or whether the service allows this site (CORS).`,
        retryable: true,
      });
    }
    if (!response.ok) {
      throw await problemOf(response);
    }
    return response.json();
  }
}

async function problemOf(response) {
  let problem = {};
  try {
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) {
      problem = await response.json();
    }
  } catch {
    problem = {};
  }
  return new ApiError({
    status: response.status,
    title: typeof problem.title === 'string' ? problem.title : response.statusText || `HTTP ${response.status}`,
    detail: typeof problem.detail === 'string' ? problem.detail : '',
    parameter: typeof problem.parameter === 'string' ? problem.parameter : null,
    retryable: response.status >= 500 || response.status === 429,
  });
}
