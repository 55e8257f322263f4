import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app';

test('domains can be added, merged and deleted; counts follow', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByTestId('new-domain').fill('archive');
  await page.getByTestId('add-domain').click();
  await expect(app.domainRow('archive').getByTestId('domain-count')).toHaveText('0');
  const names = (await app.domainNames()).filter((n) => n !== 'archive' && n !== 'public');
  const [a, b] = names;
  const total = (await app.domainCount(a)) + (await app.domainCount(b));
  await app.domainRow(a).getByTestId('merge-domain').selectOption(b);
  await expect(app.domainRow(a)).toHaveCount(0);
  await expect(app.domainRow(b).getByTestId('domain-count')).toHaveText(String(total));
  // Deleting sends the tables back to public (they stay where they are).
  await app.domainRow(b).getByTestId('delete-domain').click();
  await expect(app.domainRow(b)).toHaveCount(0);
  const plan = JSON.parse(await app.sqlText('plan.json'));
  const planned = plan.domains.map((d: { name: string }) => d.name);
  expect(planned).not.toContain(b);
});
