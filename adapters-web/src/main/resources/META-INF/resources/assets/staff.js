// The staff page: sign in, the day's calendar per location and practitioner with check-in, complete, no-show and
// cancel, and the clinic's branding settings. The access token is kept in memory only: closing the tab signs out.
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
    const query = new URLSearchParams({ from: session.day, to: session.day, location: session.location || '' });
    if (session.practitioner !== 'all') query.set('practitioner', session.practitioner);
    const { json } = await authed('GET', `/api/appointments?${query}`);
    rows = Array.isArray(json) ? json : json.items || [];
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
      h('td', { class: 'status' }, STATUS[a.status] || a.status),
      h('td', {}, (ACTIONS[a.status] || []).map(([action, label]) => h('button', { type: 'button', class: 'secondary', 'data-action': action,
        'aria-label': `${label}: ${a.clientName || ''} at ${time(a.start, z)}`,
        onclick: () => act(a, action, label) }, label)))))));
  showStep('Today at the clinic', filters,
    message ? h('p', { role: 'status', class: 'terms' }, message) : null,
    failure,
    rows.length ? table : h('p', {}, 'No appointments on this day.'),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: branding }, 'Branding settings')));
}

async function act(a, action, label) {
  try {
    await authed('POST', `/api/appointments/${a.id}/${action}`);
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
