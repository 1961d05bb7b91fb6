import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { mountApp } from '@/components/ui/mount';
import { formattingLocale } from '@/lib/i18n/ui-locale';
import { App } from './app';

mountApp(App, formattingLocale(i18n.t('uiLocale'), browser.i18n.getUILanguage()));
