// Shared by the booking and staff pages: calls to the JSON API, problem details shown in plain words, formatting,
// and the announcements and focus moves that keep a screen-reader user told what changed.

/** An error carrying the API's problem, so the page can show its detail and field errors. */
export class ProblemError extends Error {
  constructor(problem, status) {
    super(plainWords(problem, status));
    this.problem = problem || {};
    this.status = status;
  }
}

/** The problem's detail, or its title, or a sentence a client understands; never a raw error. */
export function plainWords(problem, status) {
  if (problem && typeof problem.detail === 'string' && problem.detail.trim()) return problem.detail;
  if (problem && typeof problem.title === 'string' && problem.title.trim()) return problem.title + '.';
  if (status === 0) return 'We could not reach the clinic. Check your connection and try again.';
  return 'Something went wrong on our side. Please try again in a moment.';
}

/** Calls the API; answers the JSON body, or throws a ProblemError with the problem the API sent. */
export async function api(method, path, body, headers = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch (e) {
    throw new ProblemError(null, 0);
  }
  const type = response.headers.get('Content-Type') || '';
  const json = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) throw new ProblemError(json, response.status);
  return { json, status: response.status, etag: response.headers.get('ETag') };
}

/** Creates an element with attributes and children (strings become text, never HTML). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === false || v === null || v === undefined) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Tells assistive technology what just happened, politely. */
export function announce(text) {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  setTimeout(() => { region.textContent = text; }, 50);
}

/** Shows a step: replaces the app's content, sets the heading, moves focus to it and announces it. */
export function showStep(title, ...content) {
  const app = document.getElementById('app');
  const heading = document.getElementById('page-title');
  heading.textContent = title;
  // absent parts (null, undefined, false) are left out, as h() does; replaceChildren would print them as text
  app.replaceChildren(...content.flat().filter((c) => c !== null && c !== undefined && c !== false));
  document.title = title + ' · ' + (document.querySelector('.clinic-name')?.textContent || '');
  heading.focus();
  announce(title);
}

/** An alert box showing a problem in plain words; field errors go next to their inputs. */
export function problemBox(error) {
  const box = h('div', { class: 'alert', role: 'alert' }, error instanceof ProblemError ? error.message : plainWords(null, 500));
  const fields = error?.problem?.errors;
  if (Array.isArray(fields)) {
    for (const f of fields) {
      const input = document.querySelector(`[data-field="${CSS.escape(f.field || '')}"]`);
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        const hint = document.getElementById(input.id + '-error');
        if (hint) hint.textContent = f.message || '';
      }
    }
  }
  return box;
}

export function money(minor, currency) {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(minor / 100);
}

/** A date and time as the location's clock shows it, e.g. "Tuesday 1 December, 09:30". */
export function when(iso, zone) {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: zone }).format(new Date(iso));
}

export function time(iso, zone) {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(new Date(iso));
}

/** The local date (yyyy-mm-dd) of an instant in a zone. */
export function localDate(iso, zone) {
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone }).formatToParts(new Date(iso));
  const get = (t) => parts.find((p) => p.type === t).value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export function dayHeading(date) {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(date + 'T12:00:00Z'));
}

export function addDays(date, days) {
  const d = new Date(date + 'T12:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A labelled text input with a place for its error, tied together for screen readers. */
export function field(id, label, attrs = {}) {
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    h('input', { id, name: id, 'aria-describedby': id + '-error', ...attrs }),
    h('p', { id: id + '-error', class: 'field-error' }));
}
