/// <reference types="vitest/config" />
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    vue(),
    // The ward desk and the team screen are used on phones on a bad network: the app shell (every built file) is precached by a
    // service worker, so a reload without network still opens the screens; the data comes from IndexedDB
    // (stores/offline-copy.ts) and the writes wait in the outbox (live/outbox.ts).
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false, // registered in main.ts, outside tests
      includeAssets: ['icon.svg', 'icon-192.png', 'icon-512.png'],
      manifest: {
        name: 'Điều hành bầu cử quận Hai Bà Trưng',
        short_name: 'Bầu cử HBT',
        description: 'Bàn làm việc của phường và đoàn giám sát: khu vực bỏ phiếu, danh mục chuẩn bị, số cử tri, sự cố, ghi nhận giám sát.',
        lang: 'vi',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#121c2f',
        background_color: '#0b1220',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // Every screen's address opens the shell; the API and the health checks never do.
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/graphql/, /^\/healthz/, /^\/readyz/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  server: { proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } } },
  test: { environment: 'happy-dom' },
});
