/**
 * Runs first: makes the app live within the server's Content-Security-Policy (no 'unsafe-inline', no eval).
 * - Every <style> element created at run time carries this page's nonce. Ant Design's own styles get it
 *   through ConfigProvider, but some of its helpers (the table's scroll-bar measurement) create styles
 *   without passing it on. Styles parsed from injected HTML are not created here and stay blocked.
 * - `setAttribute('style', …)` is an inline style attribute, which the CSP refuses (Ant Design's
 *   auto-sizing textarea measures text that way); the same declarations set through the CSSOM are allowed.
 * (zod is set jitless where the build resolves it: lib/zod-jitless.ts.)
 */

export const cspNonce: string | undefined =
  document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content') ?? undefined;

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

const setAttribute = Element.prototype.setAttribute;
Element.prototype.setAttribute = function patchedSetAttribute(
  this: Element,
  name: string,
  value: string,
): void {
  if (name.toLowerCase() === 'style' && (this instanceof HTMLElement || this instanceof SVGElement)) {
    this.style.cssText = String(value);
    return;
  }
  setAttribute.call(this, name, value);
};
