// The dashboard preview: pickers, loading, and the six tiles. One GET of the snapshot fills every tile; a changed
// tile parameter re-asks only that tile's projection; the export posts the same selection.
import { fetchProjection, fetchSnapshot } from './api.js';
import { el, replaceChildren } from './dom.js';
import { exportZip } from './export.js';
import { count } from './format.js';
import { newRequestToken, parseScope, readSelection, scopeKey, SECTIONS, writeSelection } from './selection.js';
import { fillTile, showError, showLoading, tileParts } from './tile.js';
import * as aiContext from './tiles/ai-context.js';
import * as assessments from './tiles/assessments.js';
import * as objectives from './tiles/objectives.js';
import * as progress from './tiles/progress.js';
import * as studentSupport from './tiles/student-support.js';
import * as summary from './tiles/summary.js';

const TILES = [summary, progress, studentSupport, objectives, assessments, aiContext];

const selection = readSelection(window.location);
/** The latest request per tile: an older answer that arrives late is ignored. */
const generations = new Map();
let units = [];

const actions = {
  setCompletionThreshold(value) {
    selection.completionThreshold = value;
    reloadTile(progress);
  },
  setCompletionThresholdPct(value) {
    selection.completionThresholdPct = value;
    reloadTile(assessments);
  },
};

function start() {
  if (!window.echarts) {
    announce('The chart library did not load; the tiles cannot be drawn.');
    return;
  }
  TILES.filter((tile) => tile.mount)
    .forEach((tile) => tile.mount(tileParts(tile.capability).controls, selection, actions));
  renderSectionPicker();
  renderScopePicker();
  document.getElementById('section-picker')
    .addEventListener('change', (event) => changeSection(Number(event.target.value)));
  document.getElementById('scope-picker')
    .addEventListener('change', (event) => changeScope(parseScope(event.target.value)));
  document.getElementById('export-button').addEventListener('click', () => exportZip(selection, announce));
  loadUnits();
  loadDashboard();
}

function changeSection(sectionId) {
  selection.sectionId = sectionId;
  selection.scope = { containerType: 'course' };
  units = [];
  renderScopePicker();
  loadUnits();
  loadDashboard();
}

function changeScope(scope) {
  selection.scope = scope;
  loadDashboard();
}

/** Every tile from one snapshot bundle (GET /api/v1/sections/{id}/snapshot). */
async function loadDashboard() {
  selection.requestToken = newRequestToken();
  writeSelection(selection);
  const main = document.getElementById('tiles');
  main.setAttribute('aria-busy', 'true');
  const generation = nextGeneration('dashboard');
  const tileGenerations = new Map(TILES.map((tile) => [tile.capability, nextGeneration(tile.capability)]));
  /** A tile re-asked since this load started (a threshold changed) keeps its newer answer. */
  const current = (tile) => tileGenerations.get(tile.capability) === generations.get(tile.capability);
  TILES.forEach((tile) => showLoading(tileParts(tile.capability)));
  announce('Loading the dashboard\u2026');
  try {
    const bundle = await fetchSnapshot(selection);
    if (generation !== generations.get('dashboard')) {
      return;
    }
    TILES.filter(current).forEach((tile) => fillTile(tileParts(tile.capability),
      bundle.projection_statuses[tile.capability] || { status: 'unavailable' },
      bundle.projections[tile.capability] || null, tile.render));
    renderHeading(bundle.projections.summary);
    announce(`Dashboard loaded: ${scopeLabel(bundle.projections.summary)}.`);
  } catch (error) {
    if (generation === generations.get('dashboard')) {
      const message = `The service refused the request: ${error.message}`;
      TILES.filter(current).forEach((tile) => showError(tileParts(tile.capability), message));
      renderHeading(null);
      announce(`The dashboard could not be loaded: ${error.message}`);
    }
  } finally {
    if (generation === generations.get('dashboard')) {
      main.setAttribute('aria-busy', 'false');
    }
  }
}

/** One tile from its projection (GET /api/v1/sections/{id}/projections/{capability}), after a parameter change. */
async function reloadTile(tile) {
  writeSelection(selection);
  const parts = tileParts(tile.capability);
  const generation = nextGeneration(tile.capability);
  showLoading(parts);
  try {
    const view = await fetchProjection(selection, tile.capability);
    if (generation === generations.get(tile.capability)) {
      fillTile(parts, view.status, view.projection, tile.render);
      announce(`${parts.tile.querySelector('h2').textContent} updated.`);
    }
  } catch (error) {
    if (generation === generations.get(tile.capability)) {
      showError(parts, `The service refused the request: ${error.message}`);
    }
  }
}

function nextGeneration(key) {
  const generation = (generations.get(key) || 0) + 1;
  generations.set(key, generation);
  return generation;
}

/** The units of the course (the course-scope progress series' containers), for the scope picker. */
async function loadUnits() {
  const sectionId = selection.sectionId;
  try {
    const view = await fetchProjection(selection, 'progress', { scope: { containerType: 'course' } });
    if (sectionId === selection.sectionId && view.projection) {
      units = view.projection.series.filter((item) => item.resource_type === 'container');
      renderScopePicker();
    }
  } catch (ignored) {
    // The scope picker keeps "Entire course"; the tiles report the refusal themselves.
  }
}

function renderSectionPicker() {
  const picker = document.getElementById('section-picker');
  const sections = SECTIONS.some((section) => section.id === selection.sectionId) ? SECTIONS
    : [...SECTIONS, { id: selection.sectionId, students: null }];
  replaceChildren(picker, sections.map((section) => el('option', { value: section.id,
    selected: section.id === selection.sectionId,
    text: section.students === null ? `Section ${section.id}`
      : `Section ${section.id} (${count(section.students)} students)` })));
}

function renderScopePicker() {
  const current = scopeKey(selection.scope);
  const options = [{ key: 'course', label: 'Entire course' },
    ...units.map((unit) => ({ key: `container:${unit.resource_id}`,
      label: unit.label || `Unit ${unit.resource_id}` }))];
  if (!options.some((option) => option.key === current)) {
    options.push({ key: current, label: `Container ${selection.scope.containerId}` });
  }
  replaceChildren(document.getElementById('scope-picker'), options.map((option) => el('option', {
    value: option.key, selected: option.key === current, text: option.label })));
}

function renderHeading(summaryProjection) {
  const title = summaryProjection && summaryProjection.scope.course_title;
  document.getElementById('course-title').textContent = title || `Section ${selection.sectionId}`;
  document.title = `${title || `Section ${selection.sectionId}`} \u2013 instructor dashboard preview`;
  replaceChildren(document.getElementById('dashboard-context'),
    el('span', { dataset: { role: 'scope-label' }, text: scopeLabel(summaryProjection) }),
    ` \u00b7 section ${selection.sectionId} \u00b7 data as of `,
    el('time', { datetime: selection.generatedAt, text: selection.generatedAt.replace('T', ' ').replace('Z', ' UTC') }),
    ' \u00b7 time zone ',
    el('span', { dataset: { role: 'timezone' }, text: selection.timezone }));
}

function scopeLabel(summaryProjection) {
  return summaryProjection ? summaryProjection.scope.label
    : selection.scope.containerType === 'course' ? 'Entire Course' : 'Selected Scope';
}

function announce(message) {
  document.getElementById('announcer').textContent = message;
}

start();
