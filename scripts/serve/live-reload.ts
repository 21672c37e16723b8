// The live-reload channel of `npm run serve`: a server-sent event stream the served pages listen to,
// and the small script injected into HTML on the way out (dist/ itself never contains it). The script
// is a file of the site's own origin, so the site's Content-Security-Policy (script-src 'self',
// connect-src 'self') allows it without any change; it exists only while serving.
import type { ServerResponse } from 'node:http';

export const LIVE_PATH = '/__uudistusarkisto/';
export const EVENTS_PATH = `${LIVE_PATH}events`;
export const SCRIPT_PATH = `${LIVE_PATH}reload.js`;

/** The page's side: reload on "reload"; show a build error (as text, never HTML) on "error". */
export const CLIENT_SCRIPT = `(() => {
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  let banner = null;
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('error-cleared', () => { if (banner) { banner.remove(); banner = null; } });
  events.addEventListener('build-error', (event) => {
    if (!banner) {
      banner = document.createElement('pre');
      banner.setAttribute('role', 'alert');
      banner.className = 'ua-serve-error';
      banner.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1em;background:#fff0f0;color:#600;border-top:3px solid #a00;white-space:pre-wrap;z-index:9999';
      document.body.append(banner);
    }
    banner.textContent = 'Viimeisin muutos ei mennyt läpi; sivusto näyttää edellisen onnistuneen version.\\n\\n' + JSON.parse(event.data);
  });
})();
`;

/** Adds the script to an HTML page, before </body> (or at the end). Pure. */
export function injectReloadScript(html: string, scriptUrl: string): string {
  const tag = `<script src="${scriptUrl}"></script>`;
  const at = html.lastIndexOf('</body>');
  return at === -1 ? `${html}${tag}` : `${html.slice(0, at)}${tag}${html.slice(at)}`;
}

/** The open event streams, and the current build error sent to every page that connects. */
export class LiveChannel {
  readonly #clients = new Set<ServerResponse>();
  #error: string | null = null;

  connect(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store' });
    res.write(': connected\n\n');
    if (this.#error !== null) res.write(eventText('build-error', this.#error));
    this.#clients.add(res);
    res.on('close', () => this.#clients.delete(res));
  }

  reload(): void {
    this.#error = null;
    this.#send(eventText('reload', ''));
  }

  buildError(message: string): void {
    this.#error = message;
    this.#send(eventText('build-error', message));
  }

  close(): void {
    for (const res of this.#clients) res.end();
    this.#clients.clear();
  }

  #send(text: string): void {
    for (const res of this.#clients) res.write(text);
  }
}

/** One server-sent event; the data is JSON, so any text (newlines included) fits one line. */
export function eventText(event: string, data: string): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
