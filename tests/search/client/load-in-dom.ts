// Loads the engine bundle into the test's DOM (happy-dom) as the page does, as a classic <script>.
// lunr and its Finnish pipeline come from Node (the same files the page ships): their UMD wrappers
// would see the test runner's CommonJS globals inside happy-dom.
import { engineBundleSource } from '../../../scripts/search/client-bundle.ts';
import { lunr } from '../../../scripts/search/finnish-lunr.ts';

/** The browser globals the page reads, after loading the bundle once. */
export function loadEngineInDom(): { lunr: unknown; engineApi: unknown } {
  const win = window as unknown as Record<string, unknown>;
  if (!win.UudistusHakuEngine) {
    win.lunr = lunr;
    const script = document.createElement('script');
    script.textContent = engineBundleSource();
    document.head.appendChild(script);
  }
  return { lunr: win.lunr, engineApi: win.UudistusHakuEngine };
}
