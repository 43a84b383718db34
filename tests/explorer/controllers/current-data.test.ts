// The current data: empty at first, a load adopted whole, source texts found for documents and passages.
import { describe, expect, it } from 'vitest';
import { CurrentData } from '../../../src/explorer/controllers/current-data';
import { ID, SOURCE_TEXT } from '../fixture';
import { fixtureData, SETTINGS } from './harness';

describe('CurrentData', () => {
  it('starts empty, with no positions to keep', () => {
    const data = new CurrentData(SETTINGS);
    expect(data.graph.order).toBe(0);
    expect(data.quads).toEqual([]);
    expect(data.previousPositions().size).toBe(0);
  });

  it('adopts a load: quads, graph, rendering graph, provenance, and the positions a merge keeps', () => {
    const data = fixtureData();
    expect(data.quads.length).toBeGreaterThan(0);
    expect(data.graph.hasNode(ID + 'odihr')).toBe(true);
    expect(data.renderGraph.order).toBe(data.graph.order);
    expect(data.sizedBy).toBe('degree');
    expect(data.provenance.passages.has(ID + 'p1')).toBe(true);
    expect([...data.previousPositions().keys()].sort()).toEqual(data.renderGraph.nodes().sort());
  });

  it("finds a document's text by its file name, with or without a leading ./", () => {
    const data = fixtureData();
    expect(data.sourceText(ID + 'doc')).toBeUndefined();
    data.texts = new Map([['sources/doc.txt', SOURCE_TEXT]]);
    expect(data.sourceText(ID + 'doc')).toBe(SOURCE_TEXT);
    expect(data.passageText(ID + 'p1')).toBe(SOURCE_TEXT);
    data.provenance.documents.set(ID + 'doc', {
      ...data.provenance.documents.get(ID + 'doc')!,
      textFile: './sources/doc.txt',
    });
    expect(data.sourceText(ID + 'doc')).toBe(SOURCE_TEXT);
  });

  it('has no text for an unknown passage or document', () => {
    const data = fixtureData();
    data.texts = new Map([['sources/doc.txt', SOURCE_TEXT]]);
    expect(data.passageText(ID + 'nowhere')).toBeUndefined();
    expect(data.sourceText(ID + 'odihr')).toBeUndefined();
  });
});
