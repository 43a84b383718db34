// Data never becomes markup: a label holding HTML shows as text and runs nothing; javascript: IRIs are never links.
// Also setQuads (replace / merge) and setHighlight through the ExplorerContext test hook.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer, screenshot, type ExplorerSession } from './harness';
import { stopStarted } from '../helpers/stop-started';

let app: ExplorerSession;
const EVIL = '<img src=x onerror="window.__pwned=1">';

const FIXTURE = `
@prefix okg: <https://w3id.org/osce-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix ex: <https://example.org/> .
ex:evil a okg:OSCEBody ; rdfs:label ${JSON.stringify(EVIL)}@en ; skos:altLabel "<b>EVIL</b>" ;
  rdfs:comment "<script>window.__pwned=2</script>" ; okg:partnersWith ex:friend ;
  owl:sameAs <javascript:alert(1)> , <https://www.wikidata.org/wiki/Q1> .
ex:friend a okg:Partner ; rdfs:label "Friend <svg onload=alert(1)>"@en .
`;

beforeAll(async () => {
  app = await openExplorer();
});
afterAll(async () => {
  await stopStarted(app);
});

describe('untrusted data', () => {
  it('a label with HTML shows as text and runs nothing', async () => {
    const count = await app.page.evaluate((text) => window.__osceKg?.loadText(text, { format: 'turtle' }), FIXTURE);
    expect(count).toBeGreaterThan(5);
    const box = app.page.getByRole('combobox', { name: 'Search entities' });
    await box.fill('EVIL');
    const option = app.page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first();
    expect(await option.textContent()).toContain(EVIL);
    await box.press('Enter');
    const details = app.page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe(EVIL);
    expect(await details.textContent()).toContain('<script>window.__pwned=2</script>');
    expect(await app.page.locator('#app img, #app script, #app svg, #app b').count()).toBe(0);
    const links = await details.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    // The entity's own IRI (outside the project's namespace) and its http(s) owl:sameAs; never javascript:.
    expect(links).toEqual(['https://example.org/evil', 'https://www.wikidata.org/wiki/Q1']);
    expect(await details.textContent()).toContain('javascript:alert(1)');
    await app.page.getByRole('tab', { name: 'List' }).click();
    expect(await app.page.getByRole('table', { name: 'Entities' }).textContent()).toContain(
      'Friend <svg onload=alert(1)>',
    );
    await app.page.waitForTimeout(300);
    expect(await app.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await screenshot(app.page, 'safety-evil-label');
    expect(app.errors).toEqual([]);
  });

  it('setQuads replace swaps the graph; merge adds to it', async () => {
    const order = () => app.page.evaluate(() => window.__osceKg?.context.getGraph().order ?? 0);
    // The two entities (owl:sameAs targets are links in Details, not nodes).
    expect(await order()).toBe(2);
    const extra =
      '<https://example.org/third> a <https://w3id.org/osce-kg/ontology#Partner> ; <http://www.w3.org/2000/01/rdf-schema#label> "Third" ; <https://w3id.org/osce-kg/ontology#partnersWith> <https://example.org/evil> .';
    await app.page.evaluate((text) => window.__osceKg?.loadText(text, { format: 'turtle', mode: 'merge' }), extra);
    expect(await order()).toBe(3);
    expect(await app.page.evaluate(() => window.__osceKg?.context.getQuads().length)).toBeGreaterThan(9);
    expect(await app.page.getByRole('table', { name: 'Entities' }).locator('tbody tr').count()).toBe(3);
    const only =
      '<https://example.org/solo> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/osce-kg/ontology#Theme> .\n';
    await app.page.evaluate((text) => window.__osceKg?.loadText(text, { format: 'ntriples', mode: 'replace' }), only);
    expect(await order()).toBe(1);
    expect(await app.page.evaluate(() => window.__osceKg?.context.getQuads().length)).toBe(1);
    // Back to the fixture for the highlight test.
    await app.page.evaluate(
      (text) => window.__osceKg?.loadText(text, { format: 'turtle', mode: 'replace' }),
      FIXTURE + extra,
    );
    expect(await order()).toBe(3);
  });

  it('setHighlight makes nodes stand out and shows its caption', async () => {
    await app.page.evaluate(() =>
      window.__osceKg?.context.setHighlight({ nodes: ['https://example.org/third'], edges: [], caption: '1 result' }),
    );
    const caption = app.page.locator('.graph-caption');
    expect(await caption.isVisible()).toBe(true);
    expect(await caption.textContent()).toBe('1 result');
    await app.page.evaluate(() => window.__osceKg?.context.setHighlight(null));
    expect(await caption.isVisible()).toBe(false);
  });
});
