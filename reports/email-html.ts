/**
 * The HTML part of an email: the plain text as written (every value escaped), with the incident's console
 * link as a button. The plain text stays the first alternative for clients that show only text.
 */
import { escapeHtml } from './html';

export function emailHtml(text: string, link?: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 12px">${p.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('\n');
  const button = link
    ? `<p><a href="${escapeHtml(link)}" style="display:inline-block;background:#0f172a;color:#fff;padding:8px 14px;border-radius:4px;text-decoration:none">Open the incident in breachclock</a></p>`
    : '';
  return `<!doctype html><html><body style="font:14px/1.5 system-ui,sans-serif;color:#0f172a;max-width:720px">\n${paragraphs}\n${button}\n</body></html>`;
}
