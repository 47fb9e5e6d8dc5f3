// The pre-visit page, opened from the link in a booking's confirmation (the booking's private token in the URL's
// fragment, never sent to the server): the medical questionnaire for the booking's treatment, its outcome in plain
// words, then the consent form, signed with a drawn signature or, for anyone who cannot draw one (keyboard or screen
// reader users), with their typed name written out as the signature image.
import { api, h, showStep, problemBox, when, announce, field } from './common.js';
import { answersIn, questionFields, showAsked } from './questions.js';

const main = document.getElementById('main');
const root = `/api/public/${encodeURIComponent(main.dataset.slug)}`;
const token = new URLSearchParams(location.hash.slice(1)).get('token');
const state = { booking: null, zone: 'Europe/London' };

/** What each screening outcome means for the client, and whether the consent form comes next. */
const OUTCOMES = {
  CLEAR: { title: 'Thank you: nothing in your answers stops this treatment', consent: true,
    text: 'Your practitioner will go through your answers with you at your visit.' },
  CAUTION: { title: 'Thank you: a few points to talk through', consent: true,
    text: 'Your treatment can go ahead. Your practitioner will talk these points through with you before starting.' },
  PRESCRIBER_REVIEW: { title: 'A prescriber will review your answers', consent: true,
    text: 'Before this treatment, a prescriber must look at your answers and decide with you. The clinic will contact you; your booking is kept for now.' },
  DEFERRED: { title: 'This treatment has to wait', consent: false,
    text: 'From your answers, this treatment is not safe for you yet. The clinic will contact you to move your booking.' },
  BLOCKED: { title: 'This treatment is not suitable for you', consent: false,
    text: 'From your answers, this treatment cannot go ahead. The clinic will contact you about your booking and other options.' },
  INCOMPLETE: { title: 'Some answers are missing', consent: false, again: true,
    text: 'Please answer every question, so the clinic can check that the treatment is safe for you.' },
};

function failed(error, where) {
  const box = problemBox(error);
  where.prepend(box);
  announce(box.textContent);
}

function summary() {
  const a = state.booking;
  return h('p', { class: 'summary', id: 'visit-summary' }, `${a.treatmentName}, ${when(a.start, state.zone)}.`);
}

function longDate(date) {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(date + 'T12:00:00Z'));
}

async function start() {
  if (!token) {
    showStep('Before your visit', h('p', {}, 'Open the link from your booking confirmation to fill in your pre-visit form.'));
    return;
  }
  try {
    const [clinic, booking] = await Promise.all([api('GET', `${root}/clinic`),
      api('GET', `${root}/bookings/${encodeURIComponent(token)}`)]);
    state.booking = booking.json;
    state.zone = clinic.json.locations.find((l) => l.id === booking.json.location)?.zone || 'Europe/London';
  } catch (e) {
    showStep('We could not open your pre-visit form', problemBox(e));
    return;
  }
  questionnaire();
}

// Step 1: the medical questionnaire for the booking's treatment (skipped when the treatment asks none).
async function questionnaire() {
  let q;
  try {
    q = (await api('GET', `${root}/screening/questionnaire/${encodeURIComponent(state.booking.treatment)}`)).json;
  } catch (e) {
    showStep('Your health questions', summary(), problemBox(e));
    return;
  }
  const questions = Array.isArray(q?.questions) ? q.questions : [];
  if (!questions.length) {
    consent();
    return;
  }
  const form = h('form', { class: 'step', novalidate: true, onchange: () => showAsked(questions, form), onsubmit: async (ev) => {
    ev.preventDefault();
    form.querySelector('.alert')?.remove();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const { json } = await api('POST', `${root}/screening/${encodeURIComponent(token)}`,
        { questionnaireVersion: q.version, answers: answersIn(questions, form) });
      outcome(json);
    } catch (e) {
      button.disabled = false;
      failed(e, form);
    }
  } },
  h('p', {}, 'Your answers go to the clinic\'s clinical team only. They help your practitioner check that the treatment is safe for you.'),
  questionFields(questions),
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Send my answers')));
  showStep('Your health questions', summary(), form);
}

// Step 2: what the answers mean, in the rules' plain words; the consent form follows only when treatment may go ahead.
function outcome(result) {
  const meaning = OUTCOMES[result.outcome] || OUTCOMES.PRESCRIBER_REVIEW;
  const messages = (result.messages || []).filter((m) => m && m.trim());
  showStep(meaning.title, summary(),
    h('div', { id: 'screening-outcome', 'data-outcome': result.outcome },
      h('p', {}, meaning.text),
      messages.length ? h('ul', { class: 'messages' }, messages.map((m) => h('li', {}, m))) : null,
      result.deferredUntil ? h('p', {}, `The earliest date for this treatment is ${longDate(result.deferredUntil)}.`) : null),
    h('div', { class: 'actions' },
      meaning.again ? h('button', { type: 'button', class: 'primary', onclick: questionnaire }, 'Answer the questions again') : null,
      meaning.consent ? h('button', { type: 'button', class: 'primary', onclick: consent }, 'Continue to the consent form') : null));
}

// Step 3: the consent form, merged with the booking's details; reading it records that the information was given.
async function consent() {
  let form;
  try {
    form = (await api('GET', `${root}/consent/${encodeURIComponent(token)}`)).json;
  } catch (e) {
    showStep('Your consent form', summary(), problemBox(e));
    return;
  }
  if (form.status !== 'INFORMATION_GIVEN') {
    signed(form);
    return;
  }
  const photoQuestion = (name, legend) => h('fieldset', { class: 'question', id: name, 'data-field': name, 'aria-describedby': name + '-error' },
    h('legend', {}, legend),
    h('label', {}, h('input', { type: 'radio', name, value: 'yes' }), ' Yes'),
    h('label', {}, h('input', { type: 'radio', name, value: 'no' }), ' No'),
    h('p', { id: name + '-error', class: 'field-error' }));
  const sections = form.blocks.map((block, i) => h('section', { class: 'consent-block', 'aria-labelledby': `block-${i}` },
    h('h2', { id: `block-${i}` }, block.heading),
    ...block.text.split(/\n\s*\n/).map((para) => h('p', {}, para)),
    block.kind === 'PHOTO_CONSENT_CLINICAL' ? photoQuestion('clinicalPhotos', 'Do you agree to photographs for your clinical record?') : null,
    block.kind === 'PHOTO_CONSENT_MARKETING' ? photoQuestion('marketingPhotos', 'Do you agree to photographs being used in the clinic\'s marketing?') : null));
  const canvas = h('canvas', { id: 'signature-pad', class: 'signature-pad', width: 600, height: 160, role: 'img',
    'aria-label': 'Signature pad: draw your signature here with a mouse, finger or stylus' });
  const pad = signaturePad(canvas);
  const drawArea = h('div', { id: 'draw-area' }, canvas,
    h('p', { id: 'signature-error', class: 'field-error' }),
    h('button', { type: 'button', class: 'secondary', onclick: () => { pad.clear(); announce('Signature cleared'); } }, 'Clear signature'));
  const how = h('fieldset', { class: 'question', onchange: () => { drawArea.hidden = signMode(sign) === 'typed'; } },
    h('legend', {}, 'How would you like to sign?'),
    h('label', {}, h('input', { type: 'radio', name: 'signMode', value: 'draw', checked: true }), ' Draw my signature'),
    h('label', {}, h('input', { type: 'radio', name: 'signMode', value: 'typed' }), ' Use my typed name as my signature'));
  const sign = h('form', { class: 'step', novalidate: true, onsubmit: (ev) => { ev.preventDefault(); submitSignature(sign, form, pad, canvas); } },
    ...sections,
    h('section', { class: 'consent-block', 'aria-labelledby': 'sign-heading' },
      h('h2', { id: 'sign-heading' }, 'Your signature'),
      h('p', {}, 'By signing you confirm that you have read this form, had the chance to ask questions, and agree to the treatment.'),
      field('typedName', 'Your full name', { autocomplete: 'name', required: true, 'data-field': 'typedName' }),
      how, drawArea),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Sign the consent form')));
  showStep(form.title, summary(), sign);
}

function signMode(form) {
  return form.querySelector('input[name=signMode]:checked')?.value || 'draw';
}

/** A canvas that records pointer strokes (mouse, finger or stylus) and knows whether anything was drawn. */
function signaturePad(canvas) {
  const ctx = canvas.getContext('2d');
  const pad = { empty: true };
  let last = null;
  const point = (ev) => {
    const r = canvas.getBoundingClientRect();
    return [(ev.clientX - r.left) * canvas.width / r.width, (ev.clientY - r.top) * canvas.height / r.height];
  };
  canvas.addEventListener('pointerdown', (ev) => {
    ev.preventDefault();
    last = point(ev);
    try { canvas.setPointerCapture(ev.pointerId); } catch (e) { /* capture is a nicety */ }
  });
  canvas.addEventListener('pointermove', (ev) => {
    if (!last) return;
    const next = point(ev);
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.strokeStyle = '#1f2328';
    ctx.beginPath();
    ctx.moveTo(...last);
    ctx.lineTo(...next);
    ctx.stroke();
    last = next;
    pad.empty = false;
  });
  const stop = () => { last = null; };
  canvas.addEventListener('pointerup', stop);
  canvas.addEventListener('pointercancel', stop);
  pad.clear = () => {
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    pad.empty = true;
  };
  return pad;
}

/** The typed name written out as a signature image, for a client who signs without drawing. */
function typedSignature(name) {
  const canvas = document.createElement('canvas');
  canvas.width = 600;
  canvas.height = 160;
  const ctx = canvas.getContext('2d');
  let size = 56;
  do {
    ctx.font = `italic ${size}px "Brush Script MT", "Segoe Script", cursive, serif`;
    size -= 4;
  } while (ctx.measureText(name).width > canvas.width - 40 && size > 12);
  ctx.fillStyle = '#1f2328';
  ctx.textBaseline = 'middle';
  ctx.fillText(name, 20, canvas.height / 2);
  return canvas.toDataURL('image/png');
}

function photoAnswer(form, name) {
  const chosen = form.querySelector(`input[name=${name}]:checked`);
  return chosen ? chosen.value === 'yes' : null;
}

/** Checks the form in the browser first (each missing answer named next to it), then signs through the API. */
async function submitSignature(form, consentForm, pad, canvas) {
  form.querySelector('.alert')?.remove();
  const name = form.querySelector('#typedName').value.trim();
  const mode = signMode(form);
  const problems = [];
  const mark = (id, input, message) => {
    document.getElementById(id + '-error').textContent = message || '';
    input?.setAttribute('aria-invalid', message ? 'true' : 'false');
    if (message) problems.push(input || canvas);
  };
  mark('typedName', form.querySelector('#typedName'), name ? '' : 'Please type your full name.');
  for (const photo of ['clinicalPhotos', 'marketingPhotos']) {
    const fieldset = form.querySelector('#' + photo);
    if (fieldset) mark(photo, fieldset, photoAnswer(form, photo) === null ? 'Please answer yes or no.' : '');
  }
  mark('signature', null, mode === 'draw' && pad.empty ? 'Please draw your signature, or choose to use your typed name.' : '');
  if (problems.length) {
    const box = h('div', { class: 'alert', role: 'alert' }, `${problems.length} ${problems.length === 1 ? 'answer is' : 'answers are'} missing: see the notes below.`);
    form.prepend(box);
    announce(box.textContent);
    (problems[0].querySelector?.('input') || problems[0]).focus?.();
    return;
  }
  const button = form.querySelector('button[type=submit]');
  button.disabled = true;
  try {
    const { json } = await api('POST', `${root}/consent/${encodeURIComponent(token)}/signature`, {
      templateVersion: consentForm.templateVersion, typedName: name,
      signaturePng: mode === 'typed' ? typedSignature(name) : canvas.toDataURL('image/png'),
      clinicalPhotos: photoAnswer(form, 'clinicalPhotos'), marketingPhotos: photoAnswer(form, 'marketingPhotos'),
    });
    signed(json);
  } catch (e) {
    button.disabled = false;
    failed(e, form);
  }
}

// Step 4: where the consent stands.
function signed(consentForm) {
  const at = consentForm.signedAt ? when(consentForm.signedAt, state.zone) : null;
  const text = {
    SIGNED: `You signed the consent form on ${at}. Your practitioner will go through it with you and countersign it at your visit.`,
    COUNTERSIGNED: `You signed the consent form on ${at}, and your practitioner has countersigned it.`,
    WITHDRAWN: 'You withdrew this consent. Please contact the clinic before your visit.',
  }[consentForm.status] || 'Your consent form is with the clinic.';
  const photos = (answer) => (answer === true ? 'yes' : answer === false ? 'no' : 'not answered');
  showStep(consentForm.status === 'WITHDRAWN' ? 'Consent withdrawn' : 'Consent signed', summary(),
    h('p', { id: 'consent-result', 'data-status': consentForm.status }, text),
    consentForm.status === 'WITHDRAWN' ? null : h('dl', { class: 'booking' },
      h('dt', {}, 'Photographs for your clinical record'), h('dd', {}, photos(consentForm.clinicalPhotos)),
      h('dt', {}, 'Photographs for marketing'), h('dd', {}, photos(consentForm.marketingPhotos))),
    h('p', {}, 'There is nothing more to do before your visit. You can close this page.'));
}

start();
