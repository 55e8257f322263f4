import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app';

test('a reload restores the session; New clears it', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const [first] = await app.domainNames();
  await app.renameDomain(first, 'kept_after_reload');
  await page.reload();
  await expect(app.domainRow('kept_after_reload')).toBeVisible({ timeout: 20_000 });
  await app.newSession.click();
  await expect(app.importText).toHaveValue('');
  await expect(app.domainRows).toHaveCount(0);
  await page.reload();
  // A fresh visit again: the demo, without the rename.
  await app.planned();
  await expect(app.domainRow('kept_after_reload')).toHaveCount(0);
});

test('undo and redo walk domain edits, by button and keyboard', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(app.undo).toBeDisabled();
  const [first] = await app.domainNames();
  await app.renameDomain(first, 'renamed_once');
  await app.undo.click();
  await expect(app.domainRow(first)).toBeVisible();
  await expect(app.domainRow('renamed_once')).toHaveCount(0);
  await app.redo.click();
  await expect(app.domainRow('renamed_once')).toBeVisible();
  await page.locator('body').press('Control+z');
  await expect(app.domainRow(first)).toBeVisible();
  await page.locator('body').press('Control+Shift+z');
  await expect(app.domainRow('renamed_once')).toBeVisible();
});
