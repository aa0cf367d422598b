// Student support (DOMAIN.md 3.3): the donut of the four buckets (struggling, on track, excelling, not enough
// information) and the students of the selected bucket, inactive first. Selecting a bucket or showing more
// students is presentation only: it never changes the data or the export.
import { chartPanel, COLORS, disposeCharts } from '../chart.js';
import { el, replaceChildren, table } from '../dom.js';
import { count, metricPercent, percentOfCounts, plural, utcDate } from '../format.js';

export const capability = 'student_support';

const PAGE_SIZE = 20;

let selected = null;
let shown = PAGE_SIZE;
let last = null;

/** Draws the totals, the donut with its table view, the bucket picker and the selected bucket's students. */
export function render(body, support) {
  last = { body, support };
  if (!selected || !support.buckets.some((bucket) => bucket.id === selected)) {
    selected = support.default_bucket_id || support.buckets[0].id;
  }
  const panel = chartPanel('student_support', { label: 'Students by support category', height: 240 });
  const totals = support.totals;
  disposeCharts(body);
  replaceChildren(body,
    el('p', { class: 'tile__lead' },
      `${plural(totals.total_students, 'student', 'students')}: ${count(totals.active_students)} active, `
      + `${count(totals.inactive_students)} inactive (no activity for more than `
      + `${support.parameters.inactivity_days} days)`),
    el('div', { class: 'support' },
      el('div', { class: 'support__chart' }, panel.root, bucketPicker(support)),
      el('div', { class: 'support__students' }, studentList(support))));
  const chart = panel.draw(donutOption(support), donutDescription(support), bucketTable(support));
  chart.on('click', (slice) => select(slice.data.bucketId));
}

function select(bucketId) {
  selected = bucketId;
  shown = PAGE_SIZE;
  render(last.body, last.support);
  last.body.querySelector(`[data-bucket-id="${bucketId}"]`).focus();
}

function donutOption(support) {
  return {
    title: { text: count(support.totals.total_students), subtext: 'students', left: 'center', top: '38%',
      textStyle: { fontSize: 22, color: COLORS.text }, subtextStyle: { color: COLORS.axis, fontSize: 12 } },
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    series: [{
      type: 'pie',
      radius: ['52%', '78%'],
      avoidLabelOverlap: true,
      label: { show: false },
      data: support.buckets.map((bucket) => ({
        name: bucket.label, value: bucket.count, bucketId: bucket.id,
        itemStyle: { color: COLORS.buckets[bucket.id], borderColor: '#ffffff', borderWidth: 2 },
      })),
    }],
  };
}

function donutDescription(support) {
  const parts = support.buckets.map((bucket) => `${bucket.label}: ${bucket.count}`);
  return `Donut chart of ${support.totals.total_students} students by support category: ${parts.join('; ')}.`;
}

function bucketPicker(support) {
  const total = support.totals.total_students;
  return el('ul', { class: 'buckets', role: 'list', 'aria-label': 'Support categories' },
    support.buckets.map((bucket) => el('li', {},
      el('button', { type: 'button', class: 'bucket', 'aria-pressed': String(bucket.id === selected),
        dataset: { bucketId: bucket.id }, on: { click: () => select(bucket.id) } },
      el('span', { class: 'swatch', style: `background:${COLORS.buckets[bucket.id]}`, 'aria-hidden': 'true' }),
      el('span', { class: 'bucket__label', text: bucket.label }),
      el('span', { class: 'bucket__count',
        text: `${count(bucket.count)} \u00b7 ${percentOfCounts(bucket.count, total)}` })))));
}

function bucketTable(support) {
  const total = support.totals.total_students;
  return table({
    caption: 'Students by support category',
    headers: ['Category', ...['Students', 'Percentage', 'Active', 'Inactive'].map((text) => ({ text, num: true }))],
    rows: support.buckets.map((bucket) => [
      { header: true, text: bucket.label },
      { text: count(bucket.count), attrs: { class: 'num', 'data-field': 'student_count' } },
      { text: percentOfCounts(bucket.count, total), attrs: { class: 'num', 'data-field': 'percentage' } },
      { text: count(bucket.active_count), attrs: { class: 'num' } },
      { text: count(bucket.inactive_count), attrs: { class: 'num' } },
    ]),
    rowAttrs: (index) => ({ 'data-bucket-id': support.buckets[index].id }),
  });
}

function studentList(support) {
  const bucket = support.buckets.find((item) => item.id === selected);
  const students = bucket.students.slice(0, shown);
  const remaining = bucket.students.length - students.length;
  return el('div', { class: 'students', dataset: { studentsOf: bucket.id } },
    el('h3', { class: 'students__title', id: 'students-title' },
      `${bucket.label}: ${plural(bucket.count, 'student', 'students')}`),
    students.length === 0
      ? el('p', { class: 'tile__empty', text: 'No students in this category.' })
      : table({
        caption: `${bucket.label} students, inactive first `
          + `(showing ${count(students.length)} of ${count(bucket.students.length)})`,
        headers: ['Student', { text: 'Progress', num: true }, { text: 'Proficiency', num: true }, 'Activity'],
        rows: students.map(studentRow),
        rowAttrs: (index) => ({ 'data-student-id': students[index].student_id }),
      }),
    remaining > 0 && el('button', { type: 'button', class: 'button button--small', dataset: { role: 'show-more' },
      on: { click: showMore } }, `Show ${Math.min(PAGE_SIZE, remaining)} more (${count(remaining)} not shown)`));
}

function studentRow(student) {
  const inactive = student.activity_status === 'inactive';
  const seen = student.last_interaction_at ? `last active ${utcDate(student.last_interaction_at)}` : 'never active';
  return [
    { header: true, node: el('span', {},
      el('span', { class: 'avatar', 'aria-hidden': 'true', text: initials(student) }),
      el('span', { dataset: { field: 'student_name' }, text: student.display_name })) },
    { text: metricPercent(student.progress_pct), attrs: { class: 'num', 'data-field': 'progress_pct' } },
    { text: metricPercent(student.proficiency_pct), attrs: { class: 'num', 'data-field': 'proficiency_pct' } },
    { node: el('span', { class: `activity activity--${student.activity_status}`, title: seen,
      dataset: { field: 'activity' }, text: inactive ? 'Inactive' : 'Active' }) },
  ];
}

/** Initials stand in for the student's picture: the page loads nothing from outside the service. */
function initials(student) {
  const letters = student.display_name.split(/[\s@._-]+/)
    .map((word) => Array.from(word).find((character) => /\p{L}/u.test(character)))
    .filter(Boolean);
  return letters.slice(0, 2).join('').toUpperCase();
}

function showMore() {
  shown += PAGE_SIZE;
  render(last.body, last.support);
  const rows = last.body.querySelectorAll('[data-student-id]');
  const first = rows[shown - PAGE_SIZE];
  if (first) {
    first.querySelector('th').setAttribute('tabindex', '-1');
    first.querySelector('th').focus();
  }
}
