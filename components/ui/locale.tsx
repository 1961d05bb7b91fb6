import { createContext, useContext } from 'react';

/** The UI language for Intl formatting (the entrypoint reads it from the browser). */
export const LocaleContext = createContext('en');
export const useLocale = () => useContext(LocaleContext);
