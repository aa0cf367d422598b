// One tile's frame: its readiness state (ready, partial with the reason, failed, unavailable) is always shown, and
// a tile is filled on its own, from a bundle or from a single projection (or, later, from a stream event).
import { disposeCharts } from './chart.js';
import { el, replaceChildren } from './dom.js';

const STATE_LABELS = {
  loading: 'Loading',
  ready: 'Ready',
  partial: 'Partial',
  failed: 'Failed',
  unavailable: 'Unavailable',
  error: 'Not loaded',
};

const REASONS = {
  dependency_unavailable: 'some optional inputs are missing or failed',
  missing_oracle_payload: 'a required input is missing',
  projection_timeout: 'a required input timed out',
  required_oracle_failed: 'a required input failed',
  invalid_projection_data: 'an input holds invalid data',
  projection_derivation_failed: 'the projection could not be derived',
};

/** The tile elements of one capability: the section, its status line, its controls and its body. */
export function tileParts(capability) {
  const tile = document.getElementById(`tile-${capability}`);
  return {
    tile,
    status: tile.querySelector('[data-role="status"]'),
    controls: tile.querySelector('[data-role="controls"]'),
    body: tile.querySelector('[data-role="body"]'),
  };
}

/** Marks a tile as loading (its previous content stays until the new one arrives). */
export function showLoading(parts) {
  parts.tile.dataset.status = 'loading';
  parts.tile.setAttribute('aria-busy', 'true');
  renderStatus(parts.status, { status: 'loading' });
}

/**
 * Fills a tile from a projection status and the projection (null when it is not published). `render` draws the
 * projection into the body; a tile whose projection is not published says why instead.
 */
export function fillTile(parts, status, projection, render) {
  parts.tile.dataset.status = status.status;
  parts.tile.removeAttribute('aria-busy');
  renderStatus(parts.status, status);
  disposeCharts(parts.body);
  if (projection) {
    render(parts.body, projection);
  } else {
    replaceChildren(parts.body, el('p', { class: 'tile__empty', text: `No data to show: ${reasonText(status)}.` }));
  }
}

/** A request that did not succeed at all (the service refused it or could not be reached). */
export function showError(parts, message) {
  parts.tile.dataset.status = 'error';
  parts.tile.removeAttribute('aria-busy');
  renderStatus(parts.status, { status: 'error', message: 'the request failed' });
  disposeCharts(parts.body);
  replaceChildren(parts.body, el('p', { class: 'tile__empty', text: message }));
}

function renderStatus(target, status) {
  const state = status.status;
  const badge = el('span', { class: `badge badge--${state}`, text: STATE_LABELS[state] || state });
  const reason = state === 'ready' || state === 'loading' ? null
    : el('span', { class: 'tile__reason' }, status.message || reasonText(status),
      status.reason_code && ' ', status.reason_code && el('code', { text: status.reason_code }));
  replaceChildren(target, badge, reason);
  target.dataset.state = state;
}

/** A readable reason: "a required input failed (grades)", "an input holds invalid data (grades) at x = 101". */
export function reasonText(status) {
  const details = status.details || {};
  const parts = [REASONS[status.reason_code] || status.reason_code || status.status];
  const oracles = (details.oracles || []).map(oracleName);
  if (oracles.length) {
    parts.push(`(${oracles.join(', ')})`);
  }
  if (details.path) {
    parts.push(`at ${details.path} = ${JSON.stringify(details.value)}`);
  }
  if (details.error) {
    parts.push(`: ${details.error}`);
  }
  return parts.join(' ');
}

/** "oracle_instructor_progress_bins" -> "progress bins". */
function oracleName(key) {
  return key.replace(/^oracle_instructor_/, '').replace(/_/g, ' ');
}
