// Progress by content item (DOMAIN.md 3.2): how many students completed at least the threshold of each item, as
// a count or a percentage of the class. The threshold is a request parameter (the tile re-asks the service and the
// export uses it); count/percent is presentation only.
import { axisStyle, chartPanel, COLORS, disposeCharts } from '../chart.js';
import { el, replaceChildren, table } from '../dom.js';
import { count, plural, ratePercent } from '../format.js';

export const capability = 'progress';

/** Item labels longer than this (pixels) are cut with an ellipsis; the table view has them whole. */
const LABEL_WIDTH = 200;
const THRESHOLDS = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
const EMPTY_STATES = {
  no_scope_children: 'This scope has no content items.',
  no_students: 'No students are enrolled yet, so every item shows 0.',
};

let mode = 'count';
let last = null;

/** The threshold selector and the count/percent toggle; they stay while the chart is redrawn. */
export function mount(controls, selection, actions) {
  const select = el('select', { id: 'completion-threshold', name: 'completion_threshold',
    on: { change: (event) => actions.setCompletionThreshold(Number(event.target.value)) } },
  THRESHOLDS.map((value) => el('option', { value, text: `${value}%`,
    selected: value === selection.completionThreshold })));
  replaceChildren(controls,
    el('div', { class: 'field field--inline' },
      el('label', { for: 'completion-threshold', text: 'Completed at least' }), select),
    el('fieldset', { class: 'segmented' }, el('legend', { text: 'Show' }),
      modeOption('count', 'Count'), modeOption('percent', 'Percent')));
}

function modeOption(value, label) {
  const id = `progress-mode-${value}`;
  const input = el('input', { type: 'radio', name: 'progress-mode', id, value, checked: mode === value,
    on: { change: () => setMode(value) } });
  return el('span', { class: 'segmented__option' }, input, el('label', { for: id, text: label }));
}

function setMode(value) {
  mode = value;
  if (last) {
    render(last.body, last.progress);
  }
}

/** Draws the summary line, the chart and its table view. */
export function render(body, progress) {
  last = { body, progress };
  const empty = EMPTY_STATES[progress.empty_state];
  const panel = chartPanel('progress', {
    label: `${progress.axis_label}: students who completed at least ${progress.completion_threshold}%`,
    height: Math.max(160, progress.series.length * 38 + 70),
  });
  disposeCharts(body);
  replaceChildren(body,
    el('p', { class: 'tile__lead' },
      `${plural(progress.class_size, 'student', 'students')} in class; threshold `,
      el('strong', { dataset: { role: 'threshold' }, text: `${progress.completion_threshold}%` }),
      progress.schedule_marker && ` \u00b7 current item (brown bar): ${progress.schedule_marker.label}`),
    empty && el('p', { class: 'tile__empty', text: empty }),
    progress.series.length > 0 && panel.root);
  if (progress.series.length > 0) {
    panel.draw(chartOption(progress), description(progress), seriesTable(progress));
  }
}

function chartOption(progress) {
  const percent = mode === 'percent';
  const marker = progress.schedule_marker;
  return {
    grid: { left: LABEL_WIDTH + 16, right: 56, top: 16, bottom: 40 },
    xAxis: { type: 'value', max: percent ? 100 : Math.max(progress.class_size, 1), minInterval: 1,
      name: percent ? '% of class' : 'Students', nameLocation: 'middle', nameGap: 24, ...axisStyle() },
    yAxis: { type: 'category', inverse: true, data: progress.series.map((item) => item.label || ''),
      ...axisStyle(), axisLabel: { ...axisStyle().axisLabel, width: LABEL_WIDTH, overflow: 'truncate' } },
    series: [{
      type: 'bar',
      name: percent ? 'Completion rate' : 'Students completed',
      data: progress.series.map((item) => ({ value: percent ? item.percent : item.count,
        itemStyle: { color: isCurrent(item, marker) ? COLORS.marker : COLORS.bar } })),
      barMaxWidth: 26,
      label: { show: true, position: 'right', color: COLORS.text,
        formatter: ({ value }) => (percent ? ratePercent(value) : count(value)) },
    }],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
  };
}

/** The schedule's current item is drawn in another colour (the line above the chart names it). */
function isCurrent(item, marker) {
  return marker !== null && item.resource_id === marker.resource_id;
}

function description(progress) {
  const items = progress.series.map((item) => `${item.label}: ${item.count} (${ratePercent(item.percent)})`);
  return `Bar chart of ${progress.axis_label}, students who completed at least ${progress.completion_threshold}%`
    + ` out of ${progress.class_size}: ${items.join('; ')}.`;
}

function seriesTable(progress) {
  return table({
    caption: `${progress.axis_label} (threshold ${progress.completion_threshold}%)`,
    headers: ['Content item', { text: 'Students completed', num: true }, { text: 'Completion rate', num: true }],
    rows: progress.series.map((item) => [
      { header: true, text: item.label || '' },
      { text: count(item.count), attrs: { class: 'num', 'data-field': 'students_completed' } },
      { text: ratePercent(item.percent), attrs: { class: 'num', 'data-field': 'completion_rate' } },
    ]),
    rowAttrs: (index) => ({ 'data-resource-id': progress.series[index].resource_id }),
  });
}
