// Assessments (DOMAIN.md 3.5): one row per graded assessment (dates, completion against the goal, score
// statistics) and the score histogram of the selected one. The completion goal is a request parameter.
import { axisStyle, chartPanel, COLORS, disposeCharts } from '../chart.js';
import { el, replaceChildren, table } from '../dom.js';
import { count, metric, utcDate } from '../format.js';

export const capability = 'assessments';

const GOALS = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
const STATISTICS = [
  ['minimum', 'Min', 'score_min'],
  ['median', 'Median', 'score_median'],
  ['mean', 'Mean', 'score_mean'],
  ['maximum', 'Max', 'score_max'],
  ['standard_deviation', 'Std dev', 'score_std_dev'],
];

let selected = null;
let last = null;

/** The completion goal selector (assessments' completion_threshold_pct). */
export function mount(controls, selection, actions) {
  const goals = GOALS.includes(selection.completionThresholdPct) ? GOALS
    : [...GOALS, selection.completionThresholdPct].sort((a, b) => a - b);
  replaceChildren(controls, el('div', { class: 'field field--inline' },
    el('label', { for: 'completion-goal', text: 'Completion goal' }),
    el('select', { id: 'completion-goal', name: 'completion_threshold_pct',
      on: { change: (event) => actions.setCompletionThresholdPct(Number(event.target.value)) } },
    goals.map((value) => el('option', { value, text: `${value}%`,
      selected: value === selection.completionThresholdPct })))));
}

/** Draws the assessments table and the selected assessment's histogram. */
export function render(body, assessments) {
  last = { body, assessments };
  disposeCharts(body);
  if (assessments.rows.length === 0) {
    replaceChildren(body, el('p', { class: 'tile__empty', text: 'This scope has no graded assessments.' }));
    return;
  }
  if (!assessments.rows.some((row) => row.assessment_id === selected)) {
    selected = assessments.rows[0].assessment_id;
  }
  const row = assessments.rows.find((item) => item.assessment_id === selected);
  const panel = chartPanel('assessment-histogram', { label: `Score distribution: ${row.title}`, height: 220 });
  replaceChildren(body,
    el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Assessments table' },
      assessmentsTable(assessments)),
    panel.root);
  panel.draw(histogramOption(row), histogramDescription(row), histogramTable(row));
}

function assessmentsTable(assessments) {
  return table({
    caption: 'Assessments: choose one to see its score distribution',
    headers: ['Assessment', 'Available', 'Due', 'Completion', ...STATISTICS.map(([, text]) => ({ text, num: true }))],
    rows: assessments.rows.map((row) => [
      { header: true, node: chooser(row) },
      dateCell(row.available_at, 'available_from'),
      dateCell(row.due_at, 'due_date'),
      { node: completion(row.completion) },
      ...STATISTICS.map(([key, , field]) => ({ text: metric(row.metrics[key]),
        attrs: { class: 'num', 'data-field': field } })),
    ]),
    rowAttrs: (index) => ({ 'data-assessment-id': assessments.rows[index].assessment_id }),
  });
}

function chooser(row) {
  return el('button', { type: 'button', class: 'link-button', 'aria-pressed': String(row.assessment_id === selected),
    dataset: { field: 'assessment_name' }, on: { click: () => choose(row.assessment_id) }, text: row.title });
}

function choose(assessmentId) {
  selected = assessmentId;
  render(last.body, last.assessments);
  last.body.querySelector(`[data-assessment-id="${assessmentId}"] button`).focus();
}

function dateCell(timestamp, field) {
  return { text: utcDate(timestamp), attrs: { 'data-field': field, title: timestamp || 'no date' } };
}

function completion(value) {
  const good = value.status === 'good';
  return el('span', { class: 'completion' },
    el('span', { dataset: { field: 'completion' }, text: value.label }),
    ' ',
    el('span', { class: `chip chip--${good ? 'good' : 'bad'}`, text: good ? 'Goal met' : 'Below goal' }));
}

function histogramOption(row) {
  return {
    grid: { left: 8, right: 16, top: 24, bottom: 32, containLabel: true },
    xAxis: { type: 'category', data: row.histogram.map((bin) => bin.range), name: 'Score (%)',
      nameLocation: 'middle', nameGap: 26, ...axisStyle() },
    yAxis: { type: 'value', minInterval: 1, name: 'Students', ...axisStyle() },
    series: [{ type: 'bar', name: 'Students', data: row.histogram.map((bin) => bin.count),
      itemStyle: { color: COLORS.bar }, barMaxWidth: 36,
      label: { show: true, position: 'top', color: COLORS.text } }],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
  };
}

function histogramDescription(row) {
  const bins = row.histogram.map((bin) => `${bin.range}: ${bin.count}`);
  return `Histogram of scores for ${row.title}, students per score range: ${bins.join('; ')}.`;
}

function histogramTable(row) {
  return table({
    caption: `Score distribution: ${row.title}`,
    headers: ['Score range', { text: 'Students', num: true }],
    rows: row.histogram.map((bin) => [
      { header: true, text: bin.range },
      { text: count(bin.count), attrs: { class: 'num', 'data-field': 'student_count' } },
    ]),
    rowAttrs: (index) => ({ 'data-range': row.histogram[index].range }),
  });
}
