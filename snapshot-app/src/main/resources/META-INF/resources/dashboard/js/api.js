// The service's REST API (META-INF/openapi.yaml), read with the page's current selection. Paths are relative to
// the page, so the preview works wherever the service is mounted.

/** A refusal of the API: the HTTP status and its application/problem+json body (or null). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(describe(status, problem));
    this.status = status;
    this.problem = problem;
  }
}

/** "Invalid parameters: completion_threshold must be a multiple of 10 (invalid_parameters)". */
function describe(status, problem) {
  if (!problem || !problem.title) {
    return `HTTP ${status}`;
  }
  const detail = problem.detail ? `: ${problem.detail}` : '';
  return `${problem.title}${detail} (${problem.reason_code || status})`;
}

/** The query parameters that describe the selection: scope, click-time parameters, token. */
export function selectionQuery(selection) {
  const query = new URLSearchParams();
  query.set('container_type', selection.scope.containerType);
  if (selection.scope.containerId) {
    query.set('container_id', String(selection.scope.containerId));
  }
  query.set('request_token', selection.requestToken);
  query.set('generated_at', selection.generatedAt);
  query.set('timezone', selection.timezone);
  query.set('completion_threshold', String(selection.completionThreshold));
  query.set('completion_threshold_pct', String(selection.completionThresholdPct));
  return query;
}

/** GET /api/v1/sections/{id}/snapshot: the whole bundle, every capability with its status. */
export async function fetchSnapshot(selection) {
  const url = `api/v1/sections/${selection.sectionId}/snapshot?${selectionQuery(selection)}`;
  return readJson(await fetch(url, { headers: { Accept: 'application/json' } }));
}

/**
 * GET /api/v1/sections/{id}/projections/{capability}: one tile's projection. Answers {status, projection}; a
 * projection that is not published comes back as its status with a null projection (the 422's projection_status).
 */
export async function fetchProjection(selection, capability, overrides = {}) {
  const query = selectionQuery({ ...selection, ...overrides });
  query.set('allow_partial', 'true');
  const url = `api/v1/sections/${selection.sectionId}/projections/${capability}?${query}`;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (response.status === 422) {
    const problem = await readProblem(response);
    if (problem && problem.details && problem.details.projection_status) {
      return { status: problem.details.projection_status, projection: null };
    }
    throw new ApiError(response.status, problem);
  }
  const view = await readJson(response);
  return { status: view.status, projection: view.projection };
}

/** The body of POST /api/v1/sections/{id}/exports for exactly this selection (scope, parameters, token). */
export function exportBody(selection) {
  const scope = { container_type: selection.scope.containerType };
  if (selection.scope.containerId) {
    scope.container_id = selection.scope.containerId;
  }
  return {
    scope,
    request_token: selection.requestToken,
    parameters: {
      generated_at: selection.generatedAt,
      timezone: selection.timezone,
      progress: { completion_threshold: selection.completionThreshold },
      assessments: { completion_threshold_pct: selection.completionThresholdPct },
    },
  };
}

/** POST /api/v1/sections/{id}/exports: the ZIP as a Blob with the server's file name. */
export async function postExport(selection) {
  const response = await fetch(`api/v1/sections/${selection.sectionId}/exports`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/zip, application/problem+json' },
    body: JSON.stringify(exportBody(selection)),
  });
  if (!response.ok) {
    throw new ApiError(response.status, await readProblem(response));
  }
  return { blob: await response.blob(), filename: fileName(response, selection) };
}

function fileName(response, selection) {
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename="([^"]+)"/.exec(disposition);
  return match ? match[1] : `dashboard_export_${selection.sectionId}.zip`;
}

async function readJson(response) {
  if (!response.ok) {
    throw new ApiError(response.status, await readProblem(response));
  }
  return response.json();
}

async function readProblem(response) {
  try {
    return await response.json();
  } catch (ignored) {
    return null;
  }
}
