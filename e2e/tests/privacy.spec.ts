import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app';
import { DiagramPage } from '../pages/diagram';

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
  await app.findings.first().click();
  // Search, and a drag that re-plans, re-checks and rewrites the bundle.
  const d = new DiagramPage(page);
  const [key] = await d.keys();
  await d.search.fill(key.slice(key.indexOf('.') + 1));
  await d.search.press('Enter');
  await d.fit.click();
  const from = await d.domainOf(key);
  const target = (await d.domains()).find((x) => x !== from && x !== 'public');
  expect(target).toBeDefined();
  await d.drag(key, target!);
  await expect(d.card(key)).toHaveAttribute('data-domain', target!);
  await app.planned();
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
