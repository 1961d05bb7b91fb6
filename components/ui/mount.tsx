import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { watchUiLanguage } from '@/lib/i18n/t';
import { LocaleContext } from './locale';
import './theme.css';

/**
 * Render an extension page's app with its UI language, and render it again when the language
 * setting changes (from Settings, in any open page): the app is mounted afresh under the new
 * language, so every string, chart label and formatter is rebuilt, with no reload.
 */
export function mountApp(App: ComponentType, locale: string): void {
  const root = createRoot(document.getElementById('root')!);
  let generation = 0;
  const render = (next: string) => {
    document.documentElement.lang = next;
    generation += 1;
    root.render(
      <LocaleContext.Provider value={next}>
        <App key={generation} />
      </LocaleContext.Provider>,
    );
  };
  render(locale);
  watchUiLanguage(render);
}
