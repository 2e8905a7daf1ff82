/**
 * antd's number input writes its stepper buttons' accessible names ("Increase Value" / "Decrease Value") in
 * English whatever the locale (hard-coded in @rc-component/input-number, no prop or locale key). A screen
 * reader would read English on a Chinese page, so the buttons are renamed here as they mount and again when
 * the language changes. React leaves the attribute alone after mounting: the prop it set never changes.
 */
import i18n from '../i18n/index.ts';

const STEPPERS = '.ant-input-number-action-up, .ant-input-number-action-down';

function label(element: Element): void {
  const key = element.classList.contains('ant-input-number-action-up') ? 'common.stepUp' : 'common.stepDown';
  const name = i18n.t(key);
  if (element.getAttribute('aria-label') !== name) {
    element.setAttribute('aria-label', name);
  }
}

function labelWithin(root: ParentNode): void {
  root.querySelectorAll(STEPPERS).forEach(label);
}

/** Starts renaming steppers in `root` (the whole document by default). */
export function installStepperLabels(root: HTMLElement = document.body): () => void {
  labelWithin(root);
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of Array.from(mutation.addedNodes)) {
        if (node instanceof Element) {
          if (node.matches(STEPPERS)) {
            label(node);
          }
          labelWithin(node);
        }
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  const relabel = () => labelWithin(root);
  i18n.on('languageChanged', relabel);
  return () => {
    observer.disconnect();
    i18n.off('languageChanged', relabel);
  };
}
