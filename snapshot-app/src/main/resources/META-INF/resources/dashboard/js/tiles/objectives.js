// Challenging objectives (DOMAIN.md 3.4): the objectives where most students are at Low proficiency, as a tree
// with their parent objectives for context. Numbering follows the course's objective tree ("LO 2", "2.1").
import { el, replaceChildren } from '../dom.js';
import { count, plural } from '../format.js';

export const capability = 'challenging_objectives';

const LEVELS = ['Low', 'Medium', 'High', 'Not enough data'];

/** Draws the tree, or says why there is nothing to list. */
export function render(body, objectives) {
  replaceChildren(body, lead(objectives),
    objectives.rows.length > 0 && el('ul', { class: 'tree', 'aria-label': 'Challenging objectives' },
      objectives.rows.map(node)));
}

function lead(objectives) {
  if (objectives.state === 'populated') {
    return el('p', { class: 'tile__lead' },
      `${plural(objectives.row_count, 'objective has', 'objectives have')} most students at Low proficiency`
      + ' (parent objectives are shown for context).');
  }
  const text = objectives.state === 'empty_low_proficiency'
    ? 'No objective has most of its students at Low proficiency.'
    : objectives.has_objectives
      ? 'Not enough data yet: no student has a proficiency on these objectives.'
      : 'This scope has no learning objectives.';
  return el('p', { class: 'tile__empty', text });
}

function node(row) {
  const challenging = row.proficiency_label === 'Low';
  return el('li', { class: `tree__node${challenging ? ' tree__node--challenging' : ''}`,
    dataset: { objectiveId: row.objective_id, rowType: row.row_type } },
  el('div', { class: 'tree__row' },
    el('span', { class: 'tree__number', dataset: { field: 'numbering' }, text: numbering(row) }),
    el('span', { class: 'tree__title', dataset: { field: 'title' }, text: row.title || '' }),
    proficiency(row)),
  distribution(row.proficiency_distribution),
  row.children.length > 0 && el('ul', { class: 'tree__children' }, row.children.map(node)));
}

/** "LO 2" for a top-level objective, "2.1" for a sub-objective, nothing without a number (as in the CSV). */
function numbering(row) {
  if (!row.numbering) {
    return '';
  }
  return row.row_type === 'objective' ? `LO ${row.numbering}` : row.numbering;
}

function proficiency(row) {
  if (!row.proficiency_label) {
    return el('span', { class: 'chip chip--context', text: 'context' });
  }
  return el('span', { class: `chip chip--${row.proficiency_label === 'Low' ? 'low' : 'other'}`,
    dataset: { field: 'proficiency' }, text: row.proficiency_label });
}

/** The distribution as text, with a proportional bar beside it (decorative: the text carries the numbers). */
function distribution(values) {
  const levels = LEVELS.filter((level) => values[level] !== undefined);
  if (levels.length === 0) {
    return null;
  }
  const total = levels.reduce((sum, level) => sum + values[level], 0) || 1;
  return el('div', { class: 'distribution' },
    el('span', { class: 'distribution__bar', 'aria-hidden': 'true' }, levels.map((level) => el('span', {
      class: `distribution__part distribution__part--${slug(level)}`,
      style: `flex-grow:${values[level] / total}` }))),
    el('span', { class: 'distribution__text' },
      levels.map((level) => `${level} ${count(values[level])}`).join(' \u00b7 ')));
}

function slug(level) {
  return level.toLowerCase().replace(/\s+/g, '-');
}
