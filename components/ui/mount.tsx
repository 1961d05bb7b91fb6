import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { LocaleContext } from './locale';
import './theme.css';

/** Render an extension page's app with its UI language. */
export function mountApp(App: ComponentType, locale: string): void {
  document.documentElement.lang = locale;
  createRoot(document.getElementById('root')!).render(
    <LocaleContext.Provider value={locale}>
      <App />
    </LocaleContext.Provider>,
  );
}
