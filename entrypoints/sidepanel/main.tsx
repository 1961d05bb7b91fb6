import { mountApp } from '@/components/ui/mount';
import { loadUiLanguage } from '@/lib/i18n/t';
import { App } from './app';

void loadUiLanguage().then((locale) => mountApp(App, locale));
