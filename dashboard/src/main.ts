import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n } from './i18n';
import { router } from './router';
import './styles.css';

createApp(App).use(createPinia()).use(i18n).use(router).mount('#app');

// The service worker (vite-plugin-pwa, see vite.config.ts) keeps the app shell, so a reload offline opens.
// Only in a build: the dev server serves modules the worker would not know.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
}
