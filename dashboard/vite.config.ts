/// <reference types="vitest/config" />
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [vue()],
  server: { proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } } },
  test: { environment: 'happy-dom' },
});
