import { browser } from 'wxt/browser';
import { mountApp } from '@/components/ui/mount';
import { App } from './app';

mountApp(App, browser.i18n.getUILanguage());
