import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'fs';

/** The pgcarve app, as a user sees it: import, summary, domains, findings, bundle. */
export class AppPage {
  readonly importText: Locator;
  readonly importSubmit: Locator;
  readonly importFile: Locator;
  readonly loadDemo: Locator;
  readonly tableCount: Locator;
  readonly diagnostics: Locator;
  readonly unsupportedCount: Locator;
  readonly foreignKeyCount: Locator;
  readonly error: Locator;
  readonly undo: Locator;
  readonly redo: Locator;
  readonly newSession: Locator;
  readonly domainRows: Locator;
  readonly findings: Locator;
  readonly downloadBundle: Locator;
  readonly savePlan: Locator;
  readonly openPlan: Locator;

  constructor(readonly page: Page) {
    this.importText = page.getByTestId('import-text');
    this.importSubmit = page.getByTestId('import-submit');
    this.importFile = page.getByTestId('import-file');
    this.loadDemo = page.getByTestId('load-demo');
    this.tableCount = page.getByTestId('table-count');
    this.diagnostics = page.getByTestId('diagnostic');
    this.unsupportedCount = page.getByTestId('unsupported-count');
    this.foreignKeyCount = page.getByTestId('fk-count');
    this.error = page.getByTestId('error');
    this.undo = page.getByTestId('undo');
    this.redo = page.getByTestId('redo');
    this.newSession = page.getByTestId('new-session');
    this.domainRows = page.locator('[data-testid^="domain-row-"]');
    this.findings = page.getByTestId('finding');
    this.downloadBundle = page.getByTestId('download-bundle');
    this.savePlan = page.getByTestId('save-plan');
    this.openPlan = page.getByTestId('open-plan');
  }

  /** Opens the app and waits for the first-visit demo to be analysed and planned. */
  async open() {
    await this.page.goto('/');
    await expect(this.tableCount).toHaveText(/^[1-9][0-9]*$/, { timeout: 20_000 });
    await this.planned();
  }

  /** Waits until the worker has sent a plan (the bundle lists its files). */
  async planned() {
    await expect(this.sqlFile('verify.sql')).toBeAttached({ timeout: 20_000 });
  }

  async paste(sql: string) {
    await this.importText.fill(sql);
    await this.importSubmit.click();
  }

  /** Pastes `text` into the text box as Ctrl+V would (a paste event carrying it). */
  async pasteFromClipboard(text: string) {
    await this.importText.focus();
    await this.importText.evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  /** Imports the file at `path` through the file picker. */
  async importPath(path: string, name = 'dump.sql') {
    await this.importFile.setInputFiles({ name, mimeType: 'text/plain', buffer: readFileSync(path) });
  }

  sqlFile(name: string): Locator {
    return this.page.getByTestId(`sql-file-${name}`);
  }

  /** The text of bundle file `name` (opens it). */
  async sqlText(name: string): Promise<string> {
    const file = this.sqlFile(name);
    if ((await file.getAttribute('open')) === null) {
      await file.locator('summary').click();
    }
    return (await file.locator('pre').textContent()) ?? '';
  }

  /** The bundle file of domain `domain` (`NNN_<domain>.sql`). */
  domainFile(domain: string): Locator {
    return this.page.locator(`[data-testid^="sql-file-"][data-testid$="_${domain}.sql"]`);
  }

  /** Every finding as `check | subject | message`, every severity group opened first. */
  async allFindings(): Promise<string[]> {
    const closed = this.page.locator('.findings details.group:not([open]) > summary');
    for (let n = await closed.count(); n > 0; n--) {
      await closed.first().click();
    }
    return this.findings.evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('data-check')} | ${e.getAttribute('data-subject')} | ${e.querySelector('.message')?.textContent ?? ''}`),
    );
  }

  domainRow(name: string): Locator {
    return this.page.getByTestId(`domain-row-${name}`);
  }

  /** Domain names in the domains panel, in order. */
  async domainNames(): Promise<string[]> {
    const ids = await this.domainRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid') ?? ''));
    return ids.map((id) => id.replace(/^domain-row-/, ''));
  }

  async domainCount(name: string): Promise<number> {
    return Number(await this.domainRow(name).getByTestId('domain-count').textContent());
  }

  async renameDomain(from: string, to: string) {
    const row = this.domainRow(from);
    await row.getByTestId('rename-domain').click();
    await row.getByTestId('rename-input').fill(to);
    await row.getByTestId('rename-input').press('Enter');
    await expect(this.domainRow(to)).toBeVisible();
  }

  /** Clicks `button` and returns the file the browser downloads. */
  async download(button: Locator): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return download;
  }
}
