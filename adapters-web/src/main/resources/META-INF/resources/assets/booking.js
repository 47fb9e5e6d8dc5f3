// The clinic's booking page and a booking's manage page, over the public API. Steps: treatment → location and
// practitioner → a week of slots (in the location's time zone) → client details → booking → questionnaire (when the
// clinic's screening asks for one, answered with the booking's token) → deposit → confirmation with the manage link.
import { api, h, showStep, problemBox, money, when, time, localDate, dayHeading, addDays, field, announce, ProblemError } from './common.js';
import { answersIn, questionFields, showAsked } from './questions.js';

const main = document.getElementById('main');
const slug = main.dataset.slug;
const base = main.dataset.base;
const root = `/api/public/${encodeURIComponent(slug)}`;
const state = { clinic: null, menu: [], treatment: null, location: null, practitioner: 'any', weekStart: null, slot: null, client: null };

function todayIn(zone) {
  return localDate(new Date().toISOString(), zone);
}

function zoneOf(locationId) {
  return state.clinic.locations.find((l) => l.id === locationId)?.zone || 'Europe/London';
}

function practitionerName(id) {
  return state.clinic.practitioners.find((p) => p.id === id)?.name || 'a practitioner';
}

function failed(error, where) {
  const box = problemBox(error);
  (where || document.getElementById('app')).prepend(box);
  box.focus?.();
  announce(box.textContent);
}

async function start() {
  try {
    const [clinic, menu] = await Promise.all([api('GET', `${root}/clinic`), api('GET', `${root}/treatments`)]);
    state.clinic = clinic.json;
    state.menu = menu.json.items;
  } catch (e) {
    showStep('We could not open the booking page', problemBox(e));
    return;
  }
  if (main.dataset.page === 'manage') manage();
  else chooseTreatment();
}

function cancellationTerms() {
  const hours = state.clinic.freeCancellationHours;
  return hours > 0 ? `Free cancellation up to ${hours} hours before your appointment.` : 'Cancelling is free at any time before your appointment.';
}

// Step 1: treatment.
function chooseTreatment() {
  const list = h('ul', { class: 'cards' }, state.menu.map((t) => h('li', {},
    h('article', { class: 'card' },
      h('h2', {}, t.name),
      t.description ? h('p', {}, t.description) : null,
      h('p', { class: 'facts' }, `${t.durationMinutes} minutes · ${money(t.priceMinorUnits, t.currency)}`),
      h('p', { class: 'facts' }, t.depositMinorUnits > 0 ? `Deposit ${money(t.depositMinorUnits, t.currency)} to secure the booking.` : 'No deposit needed.'),
      h('button', { type: 'button', class: 'primary', 'data-treatment': t.id, onclick: () => { state.treatment = t; chooseWhere(); } }, 'Choose ', h('span', { class: 'visually-hidden' }, t.name))))));
  showStep('Choose a treatment', h('p', { class: 'terms' }, cancellationTerms()),
    state.menu.length ? list : h('p', {}, 'This clinic has no treatments to book online yet.'));
}

// Step 2: location and practitioner.
function chooseWhere() {
  const locations = state.clinic.locations;
  const locSelect = h('select', { id: 'location', name: 'location' }, locations.map((l) => h('option', { value: l.id }, l.name)));
  if (state.location) locSelect.value = state.location;
  const pracSelect = h('select', { id: 'practitioner', name: 'practitioner' });
  const fillPractitioners = () => {
    const at = locSelect.value;
    pracSelect.replaceChildren(h('option', { value: 'any' }, 'Any practitioner'),
      ...state.clinic.practitioners.filter((p) => p.locations.includes(at)).map((p) => h('option', { value: p.id }, p.name)));
  };
  locSelect.addEventListener('change', fillPractitioners);
  fillPractitioners();
  const form = h('form', { class: 'step', novalidate: true, onsubmit: (ev) => {
    ev.preventDefault();
    state.location = locSelect.value;
    state.practitioner = pracSelect.value;
    state.weekStart = todayIn(zoneOf(state.location));
    chooseSlot();
  } },
  h('div', { class: 'field' }, h('label', { for: 'location' }, 'Location'), locSelect),
  h('div', { class: 'field' }, h('label', { for: 'practitioner' }, 'Practitioner'), pracSelect),
  h('div', { class: 'actions' },
    h('button', { type: 'button', class: 'secondary', onclick: chooseTreatment }, 'Back'),
    h('button', { type: 'submit', class: 'primary' }, 'See free times')));
  showStep(`Where would you like your ${state.treatment.name}?`, form);
}

async function loadWeek(treatment, location, practitioner, from) {
  const to = addDays(from, 6);
  const query = new URLSearchParams({ treatment, from, to, practitioner, location });
  const { json } = await api('GET', `${root}/availability?${query}`);
  return json.slots.filter((s) => s.location === location);
}

/** A week of slots by day, with previous/next week; calls pick(slot) when one is chosen. */
async function weekView(title, treatment, location, practitioner, pick, back) {
  const zone = zoneOf(location);
  const today = todayIn(zone);
  const from = state.weekStart;
  let slots;
  try {
    slots = await loadWeek(treatment, location, practitioner, from);
  } catch (e) {
    showStep(title, problemBox(e), h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: back }, 'Back')));
    return;
  }
  const days = [];
  for (let i = 0; i < 7; i++) {
    const date = addDays(from, i);
    const daySlots = slots.filter((s) => localDate(s.start, zone) === date);
    days.push(h('section', { class: 'day', 'aria-labelledby': `day-${date}` },
      h('h2', { id: `day-${date}` }, dayHeading(date)),
      daySlots.length
        ? h('ul', { class: 'slots' }, daySlots.map((s) => h('li', {}, h('button', { type: 'button', class: 'slot', 'data-start': s.start, onclick: () => pick(s) }, time(s.start, zone)))))
        : h('p', { class: 'none' }, 'No free times')));
  }
  const nav = h('div', { class: 'week-nav' },
    h('button', { type: 'button', class: 'secondary', disabled: from <= today, onclick: () => { state.weekStart = addDays(from, -7) < today ? today : addDays(from, -7); weekView(title, treatment, location, practitioner, pick, back); } }, 'Previous week'),
    h('button', { type: 'button', class: 'secondary', onclick: () => { state.weekStart = addDays(from, 7); weekView(title, treatment, location, practitioner, pick, back); } }, 'Next week'));
  const locName = state.clinic.locations.find((l) => l.id === location)?.name || '';
  showStep(title,
    h('p', { class: 'terms' }, `Times are shown in ${locName}'s local time (${zone}). Week of ${dayHeading(from)}.`),
    nav, ...days,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: back }, 'Back')));
  announce(`${slots.length} free times this week`);
}

// Step 3: a week of slots.
function chooseSlot() {
  weekView('Choose a time', state.treatment.id, state.location, state.practitioner, (slot) => { state.slot = slot; details(); }, chooseWhere);
}

// Step 4: client details.
function details() {
  const zone = zoneOf(state.location);
  const c = state.client || {};
  const form = h('form', { class: 'step', novalidate: true, onsubmit: (ev) => { ev.preventDefault(); submitDetails(form); } },
    h('p', { class: 'summary' }, `${state.treatment.name}, ${when(state.slot.start, zone)}`),
    field('firstName', 'First name', { autocomplete: 'given-name', required: true, 'data-field': 'client.firstName', value: c.firstName || '' }),
    field('lastName', 'Last name', { autocomplete: 'family-name', required: true, 'data-field': 'client.lastName', value: c.lastName || '' }),
    field('email', 'E-mail', { type: 'email', autocomplete: 'email', required: true, 'data-field': 'client.email', value: c.email || '' }),
    field('phone', 'Mobile phone', { type: 'tel', autocomplete: 'tel', required: true, 'data-field': 'client.phone', value: c.phone || '' }),
    field('dateOfBirth', 'Date of birth', { type: 'date', autocomplete: 'bday', required: true, 'data-field': 'client.dateOfBirth', value: c.dateOfBirth || '' }),
    h('p', { class: 'terms' }, cancellationTerms()),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', onclick: chooseSlot }, 'Back'),
      h('button', { type: 'submit', class: 'primary' }, state.treatment.depositMinorUnits > 0 ? 'Continue to deposit' : 'Book now')));
  showStep('Your details', form);
}

function localCheck(form) {
  const missing = [];
  for (const input of form.querySelectorAll('input[required]')) {
    const error = document.getElementById(input.id + '-error');
    const empty = !input.value.trim();
    input.setAttribute('aria-invalid', empty ? 'true' : 'false');
    error.textContent = empty ? 'Please fill this in.' : '';
    if (empty) missing.push(input);
  }
  return missing;
}

async function submitDetails(form) {
  form.querySelector('.alert')?.remove();
  const missing = localCheck(form);
  if (missing.length) {
    missing[0].focus();
    announce(`${missing.length} ${missing.length === 1 ? 'field needs' : 'fields need'} filling in`);
    return;
  }
  const value = (id) => form.querySelector('#' + id).value.trim();
  state.client = { firstName: value('firstName'), lastName: value('lastName'), email: value('email'), phone: value('phone'), dateOfBirth: value('dateOfBirth') };
  book(form);
}

// Step 5: the medical questionnaire, answered with the new booking's private token when the clinic screens this
// treatment (GET answers 404 or no questions otherwise, and the step is skipped); the outcome is shown in plain words.
async function questionnaire(booked) {
  let q;
  try {
    q = (await api('GET', `${root}/screening/questionnaire/${encodeURIComponent(state.treatment.id)}`)).json;
  } catch (e) {
    return;
  }
  const questions = Array.isArray(q?.questions) ? q.questions : [];
  if (!questions.length) return;
  await new Promise((resolve) => {
    const form = h('form', { class: 'step', novalidate: true, onchange: () => showAsked(questions, form), onsubmit: async (ev) => {
      ev.preventDefault();
      form.querySelector('.alert')?.remove();
      const answers = answersIn(questions, form);
      try {
        const { json } = await api('POST', `${root}/screening/${encodeURIComponent(booked.manageToken)}`,
          { questionnaireVersion: q.version, answers });
        if (json.outcome === 'CLEAR' || json.outcome === 'CAUTION') { resolve(); return; }
        const until = json.deferredUntil ? ` The earliest date for this treatment is ${json.deferredUntil}.` : '';
        showStep('The clinic will talk to you first', ...(json.messages || []).map((m) => h('p', { role: 'alert', class: 'alert' }, m)),
          h('p', {}, `Your booking is kept for now; the clinic will contact you before your appointment.${until}`),
          h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', onclick: resolve }, 'Continue')));
      } catch (e) {
        failed(e, form);
      }
    } },
    questionFields(questions),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Continue')));
    showStep('A few health questions', form);
  });
}

async function book(form) {
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const { json } = await api('POST', `${root}/bookings`, {
      treatment: state.treatment.id, start: state.slot.start, location: state.location,
      practitioner: state.practitioner, client: state.client,
    });
    await questionnaire(json);
    if (json.deposit) deposit(json);
    else confirmation(json);
  } catch (e) {
    button.disabled = false;
    failed(e, form);
  }
}

// Step 6: the deposit: Stripe's Payment Element with the client secret when cards are taken, or at the clinic.
function deposit(booked) {
  const d = booked.deposit;
  const amount = money(d.amountMinorUnits, d.currency);
  if (d.status !== 'CARD_PAYMENT_DUE') {
    showStep('Your deposit', h('p', {}, `Please pay your deposit of ${amount} at the clinic when you arrive.`),
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', onclick: () => confirmation(booked) }, 'Continue')));
    return;
  }
  const zone = zoneOf(booked.appointment.location);
  const mount = h('div', { id: 'payment-element', 'data-client-secret-present': 'true' });
  const pay = h('button', { type: 'submit', class: 'primary' }, `Pay ${amount}`);
  const form = h('form', { class: 'step', id: 'deposit-form' },
    h('p', {}, `Pay your deposit of ${amount} to secure your booking. We hold the time until ${when(d.holdExpiresAt, zone)}.`),
    mount, h('div', { class: 'actions' }, pay));
  showStep('Pay your deposit', form);
  loadStripe().then((Stripe) => {
    const stripe = Stripe(d.publishableKey);
    const elements = stripe.elements({ clientSecret: d.clientSecret });
    elements.create('payment').mount(mount);
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      pay.disabled = true;
      const result = await stripe.confirmPayment({ elements, redirect: 'if_required' });
      if (result.error) {
        pay.disabled = false;
        failed(new ProblemError({ detail: result.error.message }, 402), form);
      } else {
        confirmation(booked);
      }
    });
  }).catch(() => {
    pay.disabled = true;
    failed(new ProblemError({ detail: `The card form could not load. Your time is held until ${when(d.holdExpiresAt, zone)}: reload the page to try again, or contact the clinic.` }, 0), form);
  });
}

function loadStripe() {
  if (window.Stripe) return Promise.resolve(window.Stripe);
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = 'https://js.stripe.com/v3/';
    s.onload = () => (window.Stripe ? resolve(window.Stripe) : reject(new Error('no Stripe')));
    s.onerror = reject;
    document.head.append(s);
  });
}

function manageLink(token) {
  return `${location.origin}${base}/manage#token=${encodeURIComponent(token)}`;
}

// Step 7: confirmation with the manage link.
function confirmation(booked) {
  const a = booked.appointment;
  const zone = zoneOf(a.location);
  const link = manageLink(booked.manageToken);
  showStep('You are booked',
    h('p', { class: 'summary' }, `${a.treatmentName} with ${a.practitionerName || practitionerName(a.practitioner)}, ${when(a.start, zone)}.`),
    booked.deposit && booked.deposit.status === 'DUE_AT_DESK' ? h('p', {}, `Deposit of ${money(booked.deposit.amountMinorUnits, booked.deposit.currency)} due at the clinic.`) : null,
    h('p', {}, 'Keep this link to view, move or cancel your booking. Anyone with the link can change it.'),
    h('p', {}, h('a', { href: link, id: 'manage-link' }, 'Manage your booking')),
    h('p', { class: 'terms' }, cancellationTerms()));
}

// The manage page: view, reschedule and cancel, with the free-cancellation deadline shown before committing.
async function manage() {
  const token = new URLSearchParams(location.hash.slice(1)).get('token');
  if (!token) {
    showStep('Your booking', h('p', {}, 'Open the link from your confirmation to see your booking.'));
    return;
  }
  let a;
  try {
    a = (await api('GET', `${root}/bookings/${encodeURIComponent(token)}`)).json;
  } catch (e) {
    showStep('Your booking', problemBox(e));
    return;
  }
  const zone = zoneOf(a.location);
  // the deadline this booking was made on, which a later change of the clinic's window does not move
  const deadline = new Date(a.terms.freeCancellationUntil);
  const free = Date.now() < deadline.getTime();
  const open = ['HELD', 'CONFIRMED'].includes(a.status);
  const statusText = { HELD: 'Held until the deposit is paid', CONFIRMED: 'Confirmed', CHECKED_IN: 'Checked in', COMPLETED: 'Completed', CANCELLED: 'Cancelled', NO_SHOW: 'Missed', EXPIRED: 'Expired' }[a.status] || a.status;
  const terms = free
    ? `You can cancel or move this booking free of charge until ${when(deadline.toISOString(), zone)}.`
    : 'The free cancellation period has passed: if you cancel now, the clinic may keep your deposit.';
  showStep('Your booking',
    h('dl', { class: 'booking' },
      h('dt', {}, 'Treatment'), h('dd', {}, a.treatmentName),
      h('dt', {}, 'When'), h('dd', { id: 'booking-when' }, when(a.start, zone)),
      h('dt', {}, 'With'), h('dd', {}, a.practitionerName || practitionerName(a.practitioner)),
      h('dt', {}, 'Status'), h('dd', { id: 'booking-status' }, statusText)),
    open ? h('p', { class: 'terms', id: 'cancel-terms' }, terms) : null,
    open ? h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', onclick: () => reschedule(token, a) }, 'Move to another time'),
      h('button', { type: 'button', class: 'danger', onclick: () => confirmCancel(token, a, terms) }, 'Cancel booking')) : null);
}

function confirmCancel(token, a, terms) {
  const zone = zoneOf(a.location);
  showStep('Cancel this booking?',
    h('p', {}, `${a.treatmentName}, ${when(a.start, zone)}.`),
    h('p', { class: 'terms' }, terms),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', onclick: manage }, 'Keep my booking'),
      h('button', { type: 'button', class: 'danger', onclick: async (ev) => {
        ev.target.disabled = true;
        try {
          const { json } = await api('POST', `${root}/bookings/${encodeURIComponent(token)}/cancel`);
          const refund = json.deposit === 'REFUND' ? ' Your deposit will be refunded.' : json.deposit === 'FORFEIT' ? ' The clinic keeps the deposit under its cancellation terms.' : '';
          showStep('Booking cancelled', h('p', { id: 'cancel-result' }, (json.cancellation === 'LATE_CANCELLATION' ? 'Your booking is cancelled (late cancellation).' : 'Your booking is cancelled.') + refund),
            h('p', {}, h('a', { href: `${base}/` || '/' }, 'Book again')));
        } catch (e) {
          ev.target.disabled = false;
          failed(e);
        }
      } }, 'Yes, cancel')));
}

function reschedule(token, a) {
  state.weekStart = todayIn(zoneOf(a.location));
  weekView('Choose a new time', a.treatment, a.location, 'any', async (slot) => {
    try {
      await api('POST', `${root}/bookings/${encodeURIComponent(token)}/reschedule`, { start: slot.start, practitioner: 'any' });
      await manage();
      announce('Your booking has been moved');
    } catch (e) {
      failed(e);
    }
  }, manage);
}

start();
