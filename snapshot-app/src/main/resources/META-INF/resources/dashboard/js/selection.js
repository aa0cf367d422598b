// What is on screen: section, scope and click-time parameters. It is kept in the address (?section=1002&scope=...)
// so a view can be bookmarked, and the export is built from exactly this object.

/** The built-in sample sections (snapshot-domain SampleSections): id and class size. */
export const SECTIONS = [
  { id: 1001, students: 20 },
  { id: 1002, students: 200 },
  { id: 1003, students: 2000 },
  { id: 1004, students: 20000 },
];

/** The instant the sample data describes: later, every sample student would look inactive. */
export const SAMPLE_AS_OF = '2026-02-04T16:25:18Z';

const DEFAULTS = { completionThreshold: 100, completionThresholdPct: 50 };

/** Reads the selection from the address, with defaults for whatever it does not say. */
export function readSelection(location) {
  const query = new URLSearchParams(location.search);
  return {
    sectionId: integer(query.get('section'), SECTIONS[0].id),
    scope: parseScope(query.get('scope')),
    completionThreshold: valid(integer(query.get('completion_threshold'), DEFAULTS.completionThreshold),
      (value) => value >= 10 && value <= 100 && value % 10 === 0, DEFAULTS.completionThreshold),
    completionThresholdPct: valid(integer(query.get('completion_threshold_pct'), DEFAULTS.completionThresholdPct),
      (value) => value <= 100, DEFAULTS.completionThresholdPct),
    generatedAt: query.get('generated_at') || SAMPLE_AS_OF,
    timezone: query.get('timezone') || browserTimeZone(),
    requestToken: newRequestToken(),
  };
}

/** Writes the selection back into the address without reloading the page. */
export function writeSelection(selection) {
  const query = new URLSearchParams(window.location.search);
  query.set('section', String(selection.sectionId));
  query.set('scope', scopeKey(selection.scope));
  query.set('completion_threshold', String(selection.completionThreshold));
  query.set('completion_threshold_pct', String(selection.completionThresholdPct));
  window.history.replaceState(null, '', `?${query}`);
}

/** "course" or "container:<id>" (the scope identity key of DOMAIN.md 1). */
export function scopeKey(scope) {
  return scope.containerType === 'container' ? `container:${scope.containerId}` : 'course';
}

/** The scope of an identity key; anything unreadable is the whole course. */
export function parseScope(key) {
  const match = /^container:(\d+)$/.exec(key || '');
  return match ? { containerType: 'container', containerId: Number(match[1]) } : { containerType: 'course' };
}

/** A request token for one dashboard view: the tiles and the export of that view share it. */
export function newRequestToken() {
  const random = Math.random().toString(36).slice(2, 10);
  return `preview-${Date.now().toString(36)}-${random}`;
}

function browserTimeZone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Etc/UTC';
  } catch (ignored) {
    return 'Etc/UTC';
  }
}

/** A value the page's own controls can show (the service's ranges), else the default. */
function valid(value, accepted, fallback) {
  return accepted(value) ? value : fallback;
}

function integer(text, fallback) {
  return text !== null && /^\d+$/.test(text) ? Number(text) : fallback;
}
