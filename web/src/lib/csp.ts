/**
 * Runs first: makes the app live within the server's Content-Security-Policy (no 'unsafe-inline', no eval).
 * - Every <style> element created at run time carries this page's nonce. Ant Design's own styles get it
 *   through ConfigProvider, but some of its helpers (the table's scroll-bar measurement) create styles
 *   without passing it on. Styles parsed from injected HTML are not created here and stay blocked.
 * - zod compiles object parsers with `new Function` when it may; jitless keeps it from trying.
 */
import { z } from 'zod';

export const cspNonce: string | undefined =
  document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content') ?? undefined;

z.config({ jitless: true });

if (cspNonce) {
  const createElement = Document.prototype.createElement;
  Document.prototype.createElement = function patchedCreateElement(
    this: Document,
    tagName: string,
    options?: ElementCreationOptions,
  ): HTMLElement {
    const element = createElement.call(this, tagName, options);
    if (element instanceof HTMLStyleElement) {
      element.nonce = cspNonce;
    }
    return element;
  } as typeof Document.prototype.createElement;
}
