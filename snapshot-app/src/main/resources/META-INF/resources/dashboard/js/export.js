// "Export CSV": the ZIP for exactly the selection on screen (scope, completion thresholds, time zone, as-of
// instant and request token), saved under the server's file name.
import { postExport } from './api.js';

/** Posts the export, saves the ZIP, and reports progress and refusals through `announce`. */
export async function exportZip(selection, announce) {
  const button = document.getElementById('export-button');
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  announce('Preparing the CSV export\u2026');
  try {
    const { blob, filename } = await postExport(selection);
    save(blob, filename);
    button.dataset.lastExport = filename;
    announce(`Export downloaded: ${filename}`);
  } catch (error) {
    announce(`The export was refused: ${error.message}`);
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

function save(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
