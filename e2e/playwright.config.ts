import { defineConfig } from '@playwright/test';

// Tests run against the release build in ../dist, served on loopback only, in Debian's
// Chromium (never a downloaded browser).
// E2E_PORT lets two runs (e.g. two people's) share the machine.
const port = Number(process.env.E2E_PORT ?? 8181);

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  retries: 0,
  workers: 2,
  forbidOnly: true,
  outputDir: '../target/playwright-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `/usr/bin/python3 -m http.server ${port} --bind 127.0.0.1 --directory ${process.env.E2E_DIST ?? '../dist'}`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
    timeout: 30_000,
  },
});
