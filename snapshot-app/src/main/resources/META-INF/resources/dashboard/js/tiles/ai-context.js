// AI context (DOMAIN.md 3.6): the compact, PII-free text a language model would be given about this scope.
import { el, replaceChildren } from '../dom.js';

export const capability = 'ai_context';

/** Shows the text as sent, line by line, and whether it was cut to max_chars. */
export function render(body, context) {
  replaceChildren(body,
    el('p', { class: 'tile__lead',
      text: 'What an assistant would be told about this scope (no student names or emails).' }),
    el('pre', { class: 'ai-text', tabindex: '0', 'aria-label': 'AI context text', dataset: { role: 'ai-text' },
      text: context.text }),
    context.truncated && el('p', { class: 'tile__note', text: 'The text was shortened to fit its length limit.' }));
}
