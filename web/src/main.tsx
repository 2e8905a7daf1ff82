import './lib/csp.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App.tsx';
import './base.css';
import { currentLocale } from './i18n/index.ts';
import { installA11yFixes } from './lib/a11y-fixes.ts';
import { applyLanguage } from './lib/use-language.ts';

installA11yFixes();

const root = document.getElementById('root');
if (!root) {
  throw new Error('#root missing from index.html');
}
// A remembered English waits for its strings (one small chunk); if they cannot be fetched, Chinese shows.
void applyLanguage(currentLocale())
  .catch(() => undefined)
  .then(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
