// The three summary cards (DOMAIN.md 3.1): a card shows the projection's text ("84.5%", "0%" for a computed zero,
// "--" without data); a card the scope proves inapplicable (state not_applicable) is hidden.
import { el, replaceChildren } from '../dom.js';
import { plural } from '../format.js';

const STATE_NOTES = {
  no_data: 'No data yet',
  unavailable: 'Unavailable: its input is missing or failed',
  loading: 'Loading',
};

const RECOMMENDATION_LABELS = {
  ready: 'Recommendation',
  thinking: 'Recommendation in progress',
  beginning_course: 'Too early for a recommendation',
  unavailable: 'Recommendation unavailable',
};

export const capability = 'summary';

/** Draws the cards, the class size and the recommendation. */
export function render(body, summary) {
  const cards = summary.cards.filter((card) => card.state !== 'not_applicable').map(card);
  replaceChildren(body,
    el('p', { class: 'summary__class-size', dataset: { role: 'total-students' },
      text: plural(summary.total_students, 'student', 'students') }),
    el('ul', { class: 'cards', role: 'list' }, cards),
    recommendation(summary.recommendation));
}

function card(item) {
  const note = STATE_NOTES[item.state];
  return el('li', { class: `card card--${item.state}`, dataset: { cardId: item.id, state: item.state } },
    el('span', { class: 'card__label', text: item.label }),
    el('span', { class: 'card__value', dataset: { role: 'value' }, text: item.text }),
    note && el('span', { class: 'card__note', text: note }));
}

function recommendation(value) {
  if (!value) {
    return null;
  }
  return el('div', { class: `recommendation recommendation--${value.status}` },
    el('h3', { class: 'recommendation__title', text: RECOMMENDATION_LABELS[value.status] || 'Recommendation' }),
    value.body && el('p', { text: value.body }));
}
