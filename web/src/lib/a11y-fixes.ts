/**
 * Where antd's markup falls short of WCAG 2.1 and offers no prop to fix it, the DOM is corrected here as
 * elements mount (and again when the language changes). React leaves these attributes alone afterwards:
 * the props it set never change.
 *
 * - The number input's stepper buttons are named "Increase Value" / "Decrease Value" in English whatever
 *   the locale (hard-coded in @rc-component/input-number): a screen reader would read English on a
 *   Chinese page. They get the UI language's names.
 * - A table that scrolls sideways (on a phone) cannot be scrolled from the keyboard: its scroller becomes
 *   focusable (axe: scrollable-region-focusable).
 * - Tabs put their overflow ("more") button inside the element with role="tablist", which may own only
 *   tabs (axe: aria-required-children): the role moves to the list of tabs itself.
 */
import i18n from '../i18n/index.ts';

const STEPPERS = '.ant-input-number-action-up, .ant-input-number-action-down';
const SCROLLERS = '.ant-table-content, .ant-table-body';
const TABLISTS = '.ant-tabs-nav[role="tablist"]';

function nameStepper(element: Element): void {
  const key = element.classList.contains('ant-input-number-action-up') ? 'common.stepUp' : 'common.stepDown';
  const name = i18n.t(key);
  if (element.getAttribute('aria-label') !== name) {
    element.setAttribute('aria-label', name);
  }
}

function fixWithin(root: ParentNode): void {
  root.querySelectorAll(STEPPERS).forEach(nameStepper);
  root.querySelectorAll(SCROLLERS).forEach((el) => {
    if (!el.hasAttribute('tabindex')) {
      el.setAttribute('tabindex', '0');
    }
  });
  root.querySelectorAll(TABLISTS).forEach((nav) => {
    const list = nav.querySelector('.ant-tabs-nav-list');
    if (list) {
      const orientation = nav.getAttribute('aria-orientation');
      nav.removeAttribute('role');
      nav.removeAttribute('aria-orientation');
      list.setAttribute('role', 'tablist');
      if (orientation) {
        list.setAttribute('aria-orientation', orientation);
      }
    }
  });
}

/** Starts correcting `root` (the whole document by default); returns the function that stops it. */
export function installA11yFixes(root: HTMLElement = document.body): () => void {
  fixWithin(root);
  const observer = new MutationObserver((mutations) => {
    // Once per parent that gained children in this batch (a table's 500 rows are one query, not 500).
    const parents = new Set<Node>();
    for (const mutation of mutations) {
      if (mutation.addedNodes.length > 0) {
        parents.add(mutation.target);
      }
    }
    for (const parent of parents) {
      if (parent instanceof Element || parent instanceof Document) {
        fixWithin(parent);
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  const rename = () => root.querySelectorAll(STEPPERS).forEach(nameStepper);
  i18n.on('languageChanged', rename);
  return () => {
    observer.disconnect();
    i18n.off('languageChanged', rename);
  };
}
