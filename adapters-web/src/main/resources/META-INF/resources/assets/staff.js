// The staff page: sign in, the day's calendar per location and practitioner with check-in, complete, no-show and
// cancel, the owner's dashboard (metric cards and a weekly chart) and the clinic's branding settings. The access token
// is kept in memory only: closing the tab signs out.
import { api, h, showStep, problemBox, when, time, localDate, field, announce } from './common.js';

const session = { token: null, locations: [], practitioners: [], location: null, practitioner: 'all', day: null };

function authed(method, path, body, headers = {}) {
  return api(method, path, body, { Authorization: `Bearer ${session.token}`, ...headers });
}

function signIn() {
  const clinic = new URLSearchParams(location.search).get('clinic') || '';
  const form = h('form', { class: 'step', novalidate: true, onsubmit: async (ev) => {
    ev.preventDefault();
    form.querySelector('.alert')?.remove();
    const value = (id) => form.querySelector('#' + id).value.trim();
    try {
      const { json } = await api('POST', '/api/auth/login', { tenant: value('tenant'), email: value('staff-email'), password: form.querySelector('#password').value });
      session.token = json.accessToken;
      await loadClinic();
      calendar();
    } catch (e) {
      form.prepend(problemBox(e));
      announce(form.querySelector('.alert').textContent);
    }
  } },
  field('tenant', 'Clinic (its address on LACA)', { autocomplete: 'organization', required: true, value: clinic }),
  field('staff-email', 'E-mail', { type: 'email', autocomplete: 'username', required: true }),
  field('password', 'Password', { type: 'password', autocomplete: 'current-password', required: true }),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Sign in')));
  showStep('Staff sign-in', form);
}

async function loadClinic() {
  const [locations, practitioners] = await Promise.all([authed('GET', '/api/locations?size=100'), authed('GET', '/api/practitioners?size=100')]);
  session.locations = locations.json.items.filter((l) => l.active);
  session.practitioners = practitioners.json.items;
  session.location = session.locations[0]?.id || null;
  session.day = session.location ? localDate(new Date().toISOString(), zone()) : new Date().toISOString().slice(0, 10);
}

function zone() {
  return session.locations.find((l) => l.id === session.location)?.zone || 'Europe/London';
}

const ACTIONS = {
  CONFIRMED: [['check-in', 'Check in'], ['no-show', 'No-show'], ['cancel', 'Cancel']],
  HELD: [['cancel', 'Cancel']],
  CHECKED_IN: [['complete', 'Complete']],
};
const CANCEL_REASONS = [['CLIENT_REQUEST', 'Client asked'], ['CLINIC', 'Clinic cannot'], ['ILLNESS', 'Illness'], ['NO_DEPOSIT', 'Deposit not paid']];
const DEPOSIT = { NONE: '', DUE: 'Deposit due', PAID: 'Deposit paid', REFUNDED: 'Deposit refunded', FORFEITED: 'Deposit kept' };
const STATUS = { HELD: 'Held (deposit due)', CONFIRMED: 'Confirmed', CHECKED_IN: 'Checked in', COMPLETED: 'Completed', CANCELLED: 'Cancelled', NO_SHOW: 'No-show', EXPIRED: 'Expired' };

async function calendar(message) {
  const locSelect = h('select', { id: 'cal-location' }, session.locations.map((l) => h('option', { value: l.id }, l.name)));
  locSelect.value = session.location || '';
  const pracSelect = h('select', { id: 'cal-practitioner' }, h('option', { value: 'all' }, 'Everyone'),
    session.practitioners.filter((p) => (p.locationIds || []).includes(session.location)).map((p) => h('option', { value: p.id }, p.displayName)));
  pracSelect.value = session.practitioner;
  const dayInput = h('input', { id: 'cal-day', type: 'date', value: session.day });
  const filters = h('form', { class: 'filters', onsubmit: (ev) => {
    ev.preventDefault();
    session.location = locSelect.value;
    session.practitioner = pracSelect.value;
    session.day = dayInput.value || session.day;
    calendar();
  } },
  h('div', { class: 'field' }, h('label', { for: 'cal-location' }, 'Location'), locSelect),
  h('div', { class: 'field' }, h('label', { for: 'cal-practitioner' }, 'Practitioner'), pracSelect),
  h('div', { class: 'field' }, h('label', { for: 'cal-day' }, 'Day'), dayInput),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary' }, 'Show')));

  let rows = [];
  let failure = null;
  try {
    const query = new URLSearchParams({ from: session.day, to: session.day, location: session.location || '', size: '100' });
    if (session.practitioner !== 'all') query.set('practitioner', session.practitioner);
    // the calendar is paged ({items, page, size, total}); a busy day may take more than one page
    for (let page = 0; ; page += 1) {
      query.set('page', String(page));
      const { json } = await authed('GET', `/api/appointments?${query}`);
      rows = rows.concat(json.items || []);
      if (rows.length >= json.total || !(json.items || []).length) break;
    }
  } catch (e) {
    failure = problemBox(e);
  }
  const z = zone();
  const table = h('table', {},
    h('caption', { class: 'visually-hidden' }, `Appointments on ${session.day}`),
    h('thead', {}, h('tr', {}, ['Time', 'Client', 'Treatment', 'Practitioner', 'Status', 'Actions'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows.map((a) => h('tr', { 'data-appointment': a.id },
      h('td', {}, `${time(a.start, z)}–${time(a.end, z)}`),
      h('td', {}, a.clientName || ''),
      h('td', {}, a.treatmentName || ''),
      h('td', {}, a.practitionerName || ''),
      h('td', { class: 'status' }, STATUS[a.status] || a.status,
        a.cancellation ? ` (${(CANCEL_REASONS.find(([code]) => code === a.cancellation.reason) || [0, a.cancellation.detail || 'other'])[1]})` : '',
        a.deposit && DEPOSIT[a.deposit] ? h('br') : null, a.deposit ? DEPOSIT[a.deposit] || '' : ''),
      h('td', {}, (ACTIONS[a.status] || []).map(([action, label]) => action === 'cancel'
        ? h('select', { 'data-action': action, 'aria-label': `${label}: ${a.clientName || ''} at ${time(a.start, z)}`,
          onchange: (ev) => ev.target.value && act(a, action, label, { reason: ev.target.value }) },
        h('option', { value: '' }, 'Cancel because…'), CANCEL_REASONS.map(([code, text]) => h('option', { value: code }, text)))
        : h('button', { type: 'button', class: 'secondary', 'data-action': action,
          'aria-label': `${label}: ${a.clientName || ''} at ${time(a.start, z)}`,
          onclick: () => act(a, action, label) }, label)))))));
  showStep('Today at the clinic', filters,
    message ? h('p', { role: 'status', class: 'terms' }, message) : null,
    failure,
    // on a phone the table scrolls sideways inside its own keyboard-reachable region, not the whole page
    rows.length ? h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': `Appointments on ${session.day}` }, table)
      : h('p', {}, 'No appointments on this day.'),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: dashboard }, 'Dashboard'),
      h('button', { type: 'button', class: 'secondary', onclick: branding }, 'Branding settings')));
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

function money(minor, currency) {
  const format = new Intl.NumberFormat('en-GB', { style: 'currency', currency });
  return format.format(minor / 10 ** format.resolvedOptions().maximumFractionDigits);
}

function rate(r) {
  return r.percent === null || r.percent === undefined ? '—' : `${r.percent} %`;
}

function card(label, value, note) {
  return h('li', { class: 'metric' }, h('div', {}, label), h('div', { class: 'value' }, value), note ? h('div', { class: 'terms' }, note) : null);
}

/** This week's utilisation per practitioner: booked minutes out of working minutes, as a table. */
function utilisationTable(byPractitioner) {
  const rows = Object.entries(byPractitioner || {}).map(([id, r]) =>
    h('tr', {}, h('td', {}, session.practitioners.find((p) => p.id === id)?.displayName || 'Practitioner'),
      h('td', {}, rate(r)), h('td', {}, `${Math.round(r.count / 6) / 10} h of ${Math.round(r.outOf / 6) / 10} h`)));
  if (!rows.length) return h('p', {}, 'No working hours set this week.');
  return h('table', { class: 'utilisation' },
    h('caption', {}, 'Utilisation this week (booked out of working hours)'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Practitioner'), h('th', { scope: 'col' }, 'Utilisation'),
      h('th', { scope: 'col' }, 'Booked'))),
    h('tbody', {}, ...rows));
}

/** This week's utilisation per room or device: booked minutes out of the minutes someone works at its location. */
function roomUtilisationTable(byResource, rooms) {
  const rows = Object.entries(byResource || {}).map(([id, r]) =>
    h('tr', {}, h('td', {}, rooms.find((room) => room.id === id)?.name || 'Room or device'),
      h('td', {}, rate(r)), h('td', {}, `${Math.round(r.count / 6) / 10} h of ${Math.round(r.outOf / 6) / 10} h`)));
  if (!rows.length) return [];
  return h('table', { class: 'utilisation rooms' },
    h('caption', {}, 'Rooms and devices this week (booked out of staffed hours at their location)'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Room or device'), h('th', { scope: 'col' }, 'Utilisation'),
      h('th', { scope: 'col' }, 'Booked'))),
    h('tbody', {}, ...rows));
}

/** This week's booked hours per practitioner as a small bar chart, with the same numbers in its text alternative. */
function weekChart(minutesByPractitioner) {
  const rows = Object.entries(minutesByPractitioner || {}).map(([id, minutes]) =>
    [session.practitioners.find((p) => p.id === id)?.displayName || 'Practitioner', minutes / 60]);
  if (!rows.length) return h('p', {}, 'Nothing booked this week yet.');
  const max = Math.max(...rows.map(([, hours]) => hours), 1);
  const width = 320;
  const bar = 22;
  const summary = rows.map(([name, hours]) => `${name}: ${hours.toFixed(1)} h`).join(', ');
  const chart = svg('svg', { viewBox: `0 0 ${width} ${rows.length * (bar + 8)}`, role: 'img', 'aria-label': `Booked hours this week. ${summary}`, class: 'week-chart' },
    ...rows.flatMap(([name, hours], i) => {
      const y = i * (bar + 8);
      const w = Math.max(2, Math.round((hours / max) * (width - 170)));
      return [svg('text', { x: 0, y: y + 16, 'font-size': 13 }, name.slice(0, 16)),
        svg('rect', { x: 110, y, width: w, height: bar, fill: 'currentColor' }),
        svg('text', { x: 114 + w, y: y + 16, 'font-size': 13 }, `${hours.toFixed(1)} h`)];
    }));
  return h('figure', {}, chart, h('figcaption', {}, 'Booked hours this week (Monday to Sunday)'));
}

/** Kept bookings per week for the last eight weeks as bars, each labelled with its net revenue when the caller may see money. */
function weeklyChart(weeks, currency) {
  const rows = (weeks || []).map((w) => [new Date(`${w.weekStart}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
    w.bookings, w.netMinor === undefined || w.netMinor === null || !currency ? null : money(w.netMinor, currency)]);
  if (!rows.length) return [];
  const max = Math.max(...rows.map(([, n]) => n), 1);
  const width = 320;
  const bar = 18;
  const label = ([, n, net]) => `${n} booking${n === 1 ? '' : 's'}${net ? `, ${net}` : ''}`;
  const summary = rows.map((r) => `week of ${r[0]}: ${label(r)}`).join('; ');
  const chart = svg('svg', { viewBox: `0 0 ${width} ${rows.length * (bar + 6)}`, role: 'img', 'aria-label': `Bookings and revenue per week. ${summary}`, class: 'week-chart weekly' },
    ...rows.flatMap((r, i) => {
      const y = i * (bar + 6);
      const w = Math.max(2, Math.round((r[1] / max) * 90));
      return [svg('text', { x: 0, y: y + 13, 'font-size': 12 }, r[0]),
        svg('rect', { x: 56, y, width: w, height: bar, fill: 'currentColor' }),
        svg('text', { x: 60 + w, y: y + 13, 'font-size': 12 }, label(r))];
    }));
  return h('figure', {}, chart, h('figcaption', {}, 'Bookings and revenue per week (last eight weeks, kept bookings; revenue is takings less refunds)'));
}

async function dashboard() {
  let d;
  try {
    d = (await authed('GET', '/api/reports/dashboard')).json;
  } catch (e) {
    showStep('Dashboard', problemBox(e), h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => calendar() }, 'Back')));
    return;
  }
  let rooms = [];
  try {
    rooms = (await authed('GET', '/api/resources?size=100')).json.items || [];
  } catch (e) {
    rooms = [];
  }
  const today = d.today || {};
  const todayTotal = Object.values(today).reduce((a, b) => a + b, 0);
  const cards = [
    card("Today's appointments", String(todayTotal),
      ['CONFIRMED', 'CHECKED_IN', 'COMPLETED', 'NO_SHOW', 'CANCELLED'].filter((s) => today[s]).map((s) => `${STATUS[s]} ${today[s]}`).join(', ')),
    card('No-shows (30 days)', rate(d.noShowRate.last30Days), `${d.noShowRate.last30Days.count} of ${d.noShowRate.last30Days.outOf}; 90 days ${rate(d.noShowRate.last90Days)}`),
    card('Late cancellations (30 days)', rate(d.lateCancellationRate.last30Days), `${d.lateCancellationRate.last30Days.count} of ${d.lateCancellationRate.last30Days.outOf}`),
    card('Deposits paid (30 days)', rate(d.depositConversion.last30Days), `${d.depositConversion.last30Days.count} paid of ${d.depositConversion.last30Days.outOf} decided holds`),
  ];
  if (d.revenue) {
    const c = d.revenue.currency;
    cards.push(card('Revenue this month', money(d.revenue.thisMonth.netMinor, c),
      `takings ${money(d.revenue.thisMonth.takingsMinor, c)}, refunds ${money(d.revenue.thisMonth.refundsMinor, c)}, kept deposits ${money(d.revenue.thisMonth.forfeitsMinor, c)}`));
    cards.push(card('Revenue last month', money(d.revenue.lastMonth.netMinor, c), `takings ${money(d.revenue.lastMonth.takingsMinor, c)}`));
    cards.push(card('Deposits held', money(d.revenue.depositsHeldMinor, c), 'refundable, for visits still to come'));
  }
  if (d.activeStudents !== undefined && d.activeStudents !== null) {
    cards.push(card('Active students', String(d.activeStudents),
      `course completion ${rate(d.completionRate)} (${d.completionRate.count} of ${d.completionRate.outOf} ended enrolments)`));
  }
  showStep('Dashboard', h('ul', { class: 'metrics' }, cards), weeklyChart(d.weeks, d.revenue?.currency),
    weekChart(d.bookedMinutesByPractitioner),
    utilisationTable(d.utilisationByPractitioner), roomUtilisationTable(d.utilisationByResource, rooms),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => calendar() }, 'Back to the calendar')));
}

async function act(a, action, label, body) {
  try {
    await authed('POST', `/api/appointments/${a.id}/${action}`, body);
    await calendar(`${label}: ${a.clientName || 'appointment'} at ${time(a.start, zone())} done.`);
  } catch (e) {
    const app = document.getElementById('app');
    app.prepend(problemBox(e));
    announce(app.querySelector('.alert').textContent);
  }
}

async function branding() {
  let current;
  try {
    current = await authed('GET', '/api/settings/branding');
  } catch (e) {
    showStep('Branding settings', problemBox(e));
    return;
  }
  const b = current.json;
  const form = h('form', { class: 'step', novalidate: true, onsubmit: async (ev) => {
    ev.preventDefault();
    form.querySelector('.alert')?.remove();
    const value = (id) => form.querySelector('#' + id).value.trim() || null;
    try {
      await authed('PUT', '/api/settings/branding', { displayName: value('b-name'), logoUrl: value('b-logo'), primaryColour: value('b-primary'),
        accentColour: value('b-accent'), address: value('b-address'), customDomain: value('b-domain') }, { 'If-Match': current.etag });
      calendar('Branding saved.');
    } catch (e) {
      form.prepend(problemBox(e));
      announce(form.querySelector('.alert').textContent);
    }
  } },
  field('b-name', 'Name on the booking page', { value: b.displayName || '', 'data-field': 'displayName' }),
  field('b-logo', 'Logo address (https)', { type: 'url', value: b.logoUrl || '', 'data-field': 'logoUrl' }),
  field('b-primary', 'Button colour (#rrggbb, readable with white text)', { value: b.primaryColour, 'data-field': 'primaryColour' }),
  field('b-accent', 'Heading colour (#rrggbb)', { value: b.accentColour, 'data-field': 'accentColour' }),
  field('b-address', 'Address line', { value: b.address || '', 'data-field': 'address' }),
  field('b-domain', 'Own booking domain (optional)', { value: b.customDomain || '', 'data-field': 'customDomain' }),
  h('div', { class: 'actions' },
    h('button', { type: 'button', class: 'secondary', onclick: () => calendar() }, 'Back'),
    h('button', { type: 'submit', class: 'primary' }, 'Save')));
  showStep('Branding settings', form);
}

signIn();
