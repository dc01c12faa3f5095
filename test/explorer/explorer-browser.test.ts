import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startSeededTestServer, type TestServer } from '../server/helpers/test-server';

/**
 * The explorer end to end in headless Chromium (Debian's `chromium`, driven
 * by playwright-core), against the real server with the seeds ingested by
 * the real pipeline. Screenshots of each view go to test-artifacts/explorer.
 * Skips, saying why, where /usr/bin/chromium is not installed (.ci/run
 * installs it).
 */
const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(__dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts', 'explorer');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  // eslint-disable-next-line no-console
  console.warn(`explorer browser tests skipped: ${CHROMIUM} is absent (apt-get install -y chromium).`);
}
const describeWithBrowser = haveChromium ? describe : describe.skip;

describeWithBrowser('explorer in headless Chromium', () => {
  let t: TestServer;
  let browser: BrowserContext;
  let page: Page;
  let profile: string;
  let base: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    t = await startSeededTestServer();
    base = t.url.replace(/\/graphql$/, '');
    const { chromium } = await import('playwright-core');
    profile = mkdtempSync(join(tmpdir(), 'explorer-chromium-'));
    // A new empty profile (--user-data-dir): playwright takes it as the persistent context's folder.
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 1000 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Only this server: any other request (a CDN) fails the test.
    const foreign: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(base)) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    (page as unknown as { foreign: string[] }).foreign = foreign;
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function ready(): Promise<void> {
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
  }

  /** The ids of the graph's nodes, read from the Cytoscape instance on the container. */
  async function graphNodes(): Promise<string[]> {
    return page.evaluate(() => {
      const box = document.getElementById('citation-graph') as HTMLElement & { cy?: { nodes(): { map(f: (n: { id(): string }) => string): string[] } } };
      return box.cy ? box.cy.nodes().map((n) => n.id()).sort() : [];
    });
  }

  test('search 16/CT-TTg → the Chỉ thị → a citing document → its graph → follow an edge', async () => {
    await page.goto(`${base}/`);
    await ready();
    // The start page lists the most cited instruments; 07-KL/TW is cited by five seed documents.
    expect(await page.$$eval('#most-cited .result', (items) => items.map((li) => (li as HTMLElement).dataset.id))).toContain('doc:national:07-KL/TW:2021');
    await page.screenshot({ path: join(ARTIFACTS, '0-home.png'), fullPage: true });
    await page.fill('#search-input', '16/CT-TTg');
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() => location.hash.startsWith('#/search/'));
    await ready();
    const results = await page.$$eval('#search-results .result', (items) => items.map((li) => (li as HTMLElement).dataset.id));
    expect(results).toEqual(['doc:national:16/CT-TTg:2020']);
    await page.screenshot({ path: join(ARTIFACTS, '1-search.png'), fullPage: true });

    await page.click('#search-results .result-link');
    await page.waitForFunction(() => location.hash.startsWith('#/doc/'));
    await ready();
    expect(await page.textContent('#document-title')).toBe('16/CT-TTg');
    // seeds: cited by 446-TB/TU (Đắk Nông), the Lai Châu letter and the Ban Thường vụ Chỉ thị (seeds/001).
    const citing = await page.$$eval('#relations-in a.neighbour', (as) => as.map((a) => (a as HTMLElement).dataset.id));
    expect(citing).toContain('doc:dak-nong:446-TB/TU:2021');
    await page.screenshot({ path: join(ARTIFACTS, '2-instrument-document.png'), fullPage: true });

    await page.click('#relations-in a.neighbour[data-id="doc:dak-nong:446-TB/TU:2021"]');
    await page.waitForFunction(() => decodeURIComponent(location.hash) === '#/doc/doc:dak-nong:446-TB/TU:2021');
    await ready();
    expect(await page.textContent('#document-title')).toBe('446-TB/TU');
    // Upstream: 446 cites 16/CT-TTg, 07-KL/TW, 470-CV/TU and 1044/QĐ-BCĐ (seeds/000 l.207-213); downstream: 3953 implements it.
    const nodes = await graphNodes();
    for (const id of [
      'doc:dak-nong:446-TB/TU:2021',
      'doc:national:16/CT-TTg:2020',
      'doc:national:07-KL/TW:2021',
      'doc:dak-nong:470-CV/TU:2021',
      'doc:dak-nong:1044/QĐ-BCĐ:2021',
      'doc:dak-nong:3953/UBND-KGVX:2021',
    ]) {
      expect(nodes).toContain(id);
    }
    // The text shows references and repeated passages highlighted.
    expect(await page.$$eval('#document-text mark.mark-reference', (m) => m.length)).toBeGreaterThan(0);
    expect(await page.$$eval('#document-text mark.mark-repeated', (m) => m.length)).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, '3-citing-document-graph.png'), fullPage: true });

    // Follow an edge: click the node of 07-KL/TW in the graph itself.
    const target = 'doc:national:07-KL/TW:2021';
    const point = await page.evaluate((id) => {
      const box = document.getElementById('citation-graph') as HTMLElement & { cy?: any };
      const node = box.cy.getElementById(id);
      const rect = box.getBoundingClientRect();
      const p = node.renderedPosition();
      return { x: rect.left + p.x, y: rect.top + p.y };
    }, target);
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction((id) => decodeURIComponent(location.hash) === `#/doc/${id}`, target);
    await ready();
    expect(await page.textContent('#document-title')).toBe('07-KL/TW');
    await page.screenshot({ path: join(ARTIFACTS, '4-followed-edge.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
    expect((page as unknown as { foreign: string[] }).foreign).toEqual([]);
  }, 120_000);

  test('the province view of the telegram of 21/7/2021: first responses with lag, copied shares, reconstructed text', async () => {
    await page.goto(`${base}/#/instrument/${encodeURIComponent('doc:national:dien:thuong-truc-ban-bi-thu:2021-07-21')}`);
    await ready();
    const provinces = await page.$$eval('#province-timeline > li', (items) => items.map((li) => (li as HTMLElement).dataset.province));
    expect(provinces).toEqual(expect.arrayContaining(['Đắk Nông', 'Ninh Bình', 'Lai Châu']));
    // 470-CV/TU (Đắk Nông) and 342-CV/TU (Ninh Bình) are both dated 22/7/2021: one day after the telegram.
    const lags = await page.$$eval('#province-timeline > li', (items) => items.map((li) => [(li as HTMLElement).dataset.province, li.querySelector('.lag')?.textContent]));
    expect(lags).toContainEqual(['Đắk Nông', '1 day (2021-07-22)']);
    expect(lags).toContainEqual(['Ninh Bình', '1 day (2021-07-22)']);
    expect(await page.$$eval('#province-timeline .copied', (c) => c.length)).toBeGreaterThan(0);
    const agreements = await page.$$eval('#reconstructed-passages > li', (items) => items.map((li) => Number((li as HTMLElement).dataset.agreement)));
    expect(agreements[0]).toBe(3);
    await page.screenshot({ path: join(ARTIFACTS, '5-province-view.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 120_000);

  test('the topics table: 5K in 6325/UBND-KGVX (Đắk Nông), the Lai Châu letter and 285/TB-VPCP; elections only in seeds/001', async () => {
    await page.goto(`${base}/#/topics`);
    await ready();
    const cells = async (topic: string): Promise<Record<string, string>> =>
      page.$$eval(`#topic-table tr[data-topic="${topic}"] td`, (tds) =>
        Object.fromEntries(tds.map((td) => [(td as HTMLElement).dataset.province as string, (td.textContent ?? '').trim()])),
      );
    expect(await cells('5k')).toMatchObject({ 'Đắk Nông': '1', 'Lai Châu': '1', 'national / unknown': '1', 'Ninh Bình': '' });
    expect(await cells('elections')).toMatchObject({ 'Đắk Nông': '', 'Lai Châu': '', 'national / unknown': '1', 'Ninh Bình': '' });
    await page.screenshot({ path: join(ARTIFACTS, '7-topics.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 120_000);

  test('text search without diacritics lists documents with marked snippets', async () => {
    await page.goto(`${base}/#/search/${encodeURIComponent('tiem chung')}`);
    await ready();
    expect(await page.$$eval('#search-results .result', (r) => r.length)).toBeGreaterThan(0);
    const marked = await page.$$eval('#search-results .snippet mark', (m) => m.map((x) => x.textContent?.toLowerCase()));
    expect(marked.some((m) => m?.includes('tiêm'))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, '6-text-search.png'), fullPage: true });
  }, 120_000);
});

test('explorer browser tests: chromium presence decides whether they run', () => {
  expect(typeof haveChromium).toBe('boolean');
});
