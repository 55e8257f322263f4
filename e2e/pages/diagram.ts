import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'fs';

/** A box on the page (Playwright's boundingBox). */
export type Box = { x: number; y: number; width: number; height: number };

export const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Whether `inner` lies inside `outer` (a pixel of tolerance for rounding). */
export const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1 &&
  inner.y >= outer.y - 1 &&
  inner.x + inner.width <= outer.x + outer.width + 1 &&
  inner.y + inner.height <= outer.y + outer.height + 1;

/** The SVG diagram: domain regions, table cards, toolbar, minimap. */
export class DiagramPage {
  readonly root: Locator;
  readonly canvas: Locator;
  readonly scene: Locator;
  readonly cards: Locator;
  readonly regions: Locator;
  readonly crossEdges: Locator;
  readonly highlight: Locator;
  readonly litCards: Locator;
  readonly litEdges: Locator;
  readonly search: Locator;
  readonly searchStatus: Locator;
  readonly zoomIn: Locator;
  readonly zoomOut: Locator;
  readonly zoomLevel: Locator;
  readonly fit: Locator;
  readonly expandAll: Locator;
  readonly minimap: Locator;
  readonly importFile: Locator;
  readonly undoButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('diagram');
    this.canvas = this.root.locator('svg.diagram-canvas');
    this.scene = this.canvas.locator('g.scene');
    this.cards = this.canvas.locator('g.card');
    this.regions = this.canvas.locator('g.region');
    this.crossEdges = this.canvas.locator('.edges path.edge.cross');
    this.highlight = page.getByTestId('highlight');
    this.litCards = this.highlight.locator('g.card');
    this.litEdges = this.highlight.locator('path.edge');
    this.search = page.getByTestId('search');
    this.searchStatus = page.getByTestId('search-status');
    this.zoomIn = page.getByTestId('zoom-in');
    this.zoomOut = page.getByTestId('zoom-out');
    this.zoomLevel = page.getByTestId('zoom-level');
    this.fit = page.getByTestId('fit');
    this.expandAll = page.getByTestId('expand-all');
    this.minimap = page.getByTestId('minimap');
    this.importFile = page.getByTestId('import-file');
    this.undoButton = page.getByTestId('undo');
  }

  /** The card of table `key` (`schema.name`, raw identifiers). */
  card(key: string): Locator {
    return this.page.getByTestId(`table-${key}`);
  }

  /** The region of domain `name`. */
  region(name: string): Locator {
    return this.page.getByTestId(`domain-${name}`);
  }

  /** Waits until `count` cards stand in the plan's regions. */
  async planned(count?: number) {
    await expect(this.canvas).toHaveAttribute('data-state', 'planned', { timeout: 30_000 });
    if (count !== undefined) {
      await expect(this.cards).toHaveCount(count, { timeout: 30_000 });
    }
  }

  /** Imports the dump at `path` through the file input. */
  async importPath(path: string, name = 'dump.sql') {
    await this.importFile.setInputFiles({ name, mimeType: 'text/plain', buffer: readFileSync(path) });
  }

  async domainOf(key: string): Promise<string> {
    return (await this.card(key).getAttribute('data-domain')) ?? '';
  }

  async box(locator: Locator): Promise<Box> {
    const b = await locator.boundingBox();
    if (!b) throw new Error('not visible');
    return b;
  }

  /** The keys of all cards, in table order. */
  async keys(): Promise<string[]> {
    return this.cards.evaluateAll((cards) => cards.map((c) => (c.getAttribute('data-testid') ?? '').slice('table-'.length)));
  }

  /** The domains of all regions, in layout order. */
  async domains(): Promise<string[]> {
    return this.regions.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-domain') ?? ''));
  }

  /** A point on a card's title line, where a press grabs it. */
  async grabPoint(key: string) {
    const b = await this.box(this.card(key));
    return { x: b.x + Math.min(40, b.width / 3), y: b.y + Math.min(10, b.height / 3) };
  }

  /** Zooms with the wheel around card `key` until the zoom reaches `percent`. */
  async zoomAround(key: string, percent: number) {
    for (let i = 0; i < 12 && (await this.zoomPercent()) < percent; i++) {
      const at = await this.grabPoint(key);
      await this.page.mouse.move(at.x, at.y);
      await this.page.mouse.wheel(0, -300);
      await expect.poll(() => this.zoomPercent()).toBeGreaterThan(0);
    }
  }

  /** The visible part of a region (clipped to the canvas), or null if none shows. */
  async visiblePart(domain: string): Promise<Box | null> {
    const r = await this.region(domain).boundingBox();
    const c = await this.box(this.canvas);
    if (!r) return null;
    const x = Math.max(r.x, c.x + 10);
    const y = Math.max(r.y, c.y + 10);
    const right = Math.min(r.x + r.width, c.x + c.width - 240); // clear of the minimap
    const bottom = Math.min(r.y + r.height, c.y + c.height - 10);
    return right - x > 20 && bottom - y > 20 ? { x, y, width: right - x, height: bottom - y } : null;
  }

  /** Of `domains`, the one with the largest visible part, and that part. */
  async mostVisible(domains: string[]): Promise<{ domain: string; part: Box } | null> {
    let best: { domain: string; part: Box } | null = null;
    for (const domain of domains) {
      const part = await this.visiblePart(domain);
      if (part && (!best || part.width * part.height > best.part.width * best.part.height)) best = { domain, part };
    }
    return best;
  }

  /** Presses on card `key` and moves (in `steps`) to the middle of domain `domain`'s region. */
  async startDrag(key: string, domain: string, steps = 12) {
    const from = await this.grabPoint(key);
    const to = centre((await this.visiblePart(domain)) ?? (await this.box(this.region(domain))));
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + 8, from.y + 8, { steps: 2 });
    await this.page.mouse.move(to.x, to.y, { steps });
  }

  /** Drags card `key` onto domain `domain`'s region and drops it. */
  async drag(key: string, domain: string, steps = 12) {
    await this.startDrag(key, domain, steps);
    await this.page.mouse.up();
  }

  /** Undo: the top bar's button, else the keyboard shortcut. */
  async undo() {
    if ((await this.undoButton.count()) > 0) {
      await this.undoButton.click();
    } else {
      await this.page.keyboard.press('Control+z');
    }
  }

  /** The scene group's transform (pan and zoom). */
  async transform(): Promise<string> {
    return (await this.scene.getAttribute('transform')) ?? '';
  }

  async zoomPercent(): Promise<number> {
    return parseInt((await this.zoomLevel.textContent()) ?? '0', 10);
  }
}
