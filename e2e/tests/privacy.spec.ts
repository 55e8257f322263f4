import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app';

test('no request leaves the origin during a full session, and the CSP says so', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const app = new AppPage(page);
  await app.open();
  const [first] = await app.domainNames();
  await app.renameDomain(first, 'private_domain');
  await app.sqlText('README.md');
  await app.download(app.downloadBundle);
  await app.download(app.savePlan);
  const finding = app.findings.first();
  if ((await finding.count()) > 0) {
    await finding.click();
  }
  await page.reload();
  await app.planned();
  const origin = new URL(page.url()).origin + '/';
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(foreign).toEqual([]);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain('TRUNK-LOADER');
});
