// The medical questionnaire's inputs, shared by the booking page (answered right after booking) and the pre-visit page
// (answered from the link in the confirmation): one fieldset per question, follow-ups shown only when asked.
import { h } from './common.js';

/** The inputs for one question, by its answer type (yes/no, a date, one of the options, or text). */
function answerInputs(question) {
  const name = `a-${question.code}`;
  switch (question.type) {
    case 'YES_NO':
      return ['yes', 'no'].map((v) => h('label', {}, h('input', { type: 'radio', name, value: v }), v === 'yes' ? ' Yes' : ' No'));
    case 'DATE':
      return [h('label', {}, 'Date ', h('input', { type: 'date', name }))];
    case 'CHOICE':
      return (question.options || []).map((v) => h('label', {}, h('input', { type: 'radio', name, value: v }), ` ${v}`));
    default:
      return [h('label', {}, 'Details ', h('input', { type: 'text', name, maxlength: 500 }))];
  }
}

/** The answer given to a question in the form, or null when none is. */
function answerOf(form, question) {
  if (!question) return null;
  const inputs = [...form.querySelectorAll(`[name="a-${question.code}"]`)];
  const chosen = inputs.find((i) => (i.type === 'radio' ? i.checked : i.value.trim()));
  return chosen ? chosen.value.trim() : null;
}

/** True when the question is asked, given the answers so far (a follow-up only after its parent's answer). */
function asked(questions, question, form) {
  return !question.askedIf
    || answerOf(form, questions.find((p) => p.code === question.askedIf.question)) === question.askedIf.answer;
}

/** The answers to the questions asked, by question code, for the API. */
export function answersIn(questions, form) {
  const answers = {};
  for (const question of questions) {
    const value = asked(questions, question, form) ? answerOf(form, question) : null;
    if (value) answers[question.code] = value;
  }
  return answers;
}

/** The questionnaire's fieldsets; follow-ups start hidden and show when the form's answers ask for them. */
export function questionFields(questions) {
  return questions.map((question) => h('fieldset', { class: 'question', id: `q-${question.code}`, hidden: !!question.askedIf },
    h('legend', {}, question.text), ...answerInputs(question)));
}

/** Shows and hides follow-ups after a change in the form. */
export function showAsked(questions, form) {
  for (const question of questions) form.querySelector(`#q-${question.code}`).hidden = !asked(questions, question, form);
}
