// Charts through Apache ECharts (the WebJar served from this jar), each with a table view as its text alternative.
import { el, uid } from './dom.js';

/** Colours with at least 3:1 contrast on white (WCAG 2.1 1.4.11); text colours are in the style sheet. */
export const COLORS = {
  bar: '#1f5fbf',
  marker: '#8a4b00',
  axis: '#4b5563',
  grid: '#d1d5db',
  text: '#1f2937',
  buckets: {
    struggling: '#b42318',
    on_track: '#1f5fbf',
    excelling: '#067647',
    not_enough_information: '#667085',
  },
};

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const live = new Set();
/** Whether a chart's table view is open, per chart key, kept across re-renders of the tile. */
const openTables = new Set();

window.addEventListener('resize', () => live.forEach((chart) => chart.resize()));

/**
 * A figure with a chart and its table view. `key` names the chart (kept while the tile re-renders), `label` is
 * the chart's accessible name; `height` in pixels. Call `draw(option, description, tableNode)` once the panel is in
 * the document: ECharts needs the element's size.
 */
export function chartPanel(key, { label, height = 260 }) {
  const tableId = uid('table');
  const canvas = el('div', { class: 'chart', role: 'img', 'aria-label': label, style: `height:${height}px`,
    dataset: { chart: key } });
  const tableSlot = el('div', { class: 'chart-table', id: tableId, dataset: { chartTable: key } });
  const toggle = el('button', { type: 'button', class: 'button button--small', 'aria-controls': tableId,
    dataset: { tableToggle: key } });
  const setOpen = (open) => {
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Hide table' : 'Show table';
    tableSlot.hidden = !open;
    if (open) {
      openTables.add(key);
    } else {
      openTables.delete(key);
    }
  };
  toggle.addEventListener('click', () => setOpen(tableSlot.hidden));
  setOpen(openTables.has(key));
  const root = el('figure', { class: 'chart-panel' },
    el('figcaption', { class: 'chart-panel__caption' }, el('span', { text: label }), toggle),
    canvas, tableSlot);
  return {
    root,
    draw(option, description, tableNode) {
      tableSlot.replaceChildren(tableNode);
      return drawChart(canvas, option, description);
    },
  };
}

/** Draws (or redraws) an ECharts option into `target`, with `description` as its accessible text. */
export function drawChart(target, option, description) {
  const chart = window.echarts.getInstanceByDom(target) || window.echarts.init(target, null, { renderer: 'svg' });
  live.add(chart);
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: FONT, color: COLORS.text },
    aria: { enabled: true, label: { description } },
    ...option,
  }, true);
  target.setAttribute('role', 'img');
  return chart;
}

/** Disposes the charts inside `container` before its content is replaced. */
export function disposeCharts(container) {
  container.querySelectorAll('[data-chart]').forEach((node) => {
    const chart = window.echarts.getInstanceByDom(node);
    if (chart) {
      live.delete(chart);
      chart.dispose();
    }
  });
}

/** Axis styling shared by the bar charts. */
export function axisStyle() {
  return {
    axisLine: { lineStyle: { color: COLORS.axis } },
    axisTick: { lineStyle: { color: COLORS.axis } },
    axisLabel: { color: COLORS.text, fontSize: 12 },
    splitLine: { lineStyle: { color: COLORS.grid } },
    nameTextStyle: { color: COLORS.text },
  };
}
