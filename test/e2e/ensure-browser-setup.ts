/** Global setup of the e2e project: a Chromium must exist (installed through apt-get on a fresh root machine). */
import { ensureBrowser } from '../../scripts/ensure-browser.ts';

export default function setup(): void {
  ensureBrowser();
}
