// Unit tests of the Matrix's URL parameter: round trip, the default left out, bad values ignored.
import { describe, expect, it } from 'vitest';
import { formatMatrixLink, parseMatrixLink } from '../../../../src/explorer/panels/matrix/matrix-url';

const BODY = 'https://w3id.org/osce-kg/id/odihr';
const T107 = 'http://metadata.un.org/sdg/10.7';

describe('matrix link', () => {
  it.each([
    [{ variant: 'themes' as const }],
    [{ variant: 'themes' as const, cell: { body: BODY, column: 'https://w3id.org/osce-kg/id/theme-x' } }],
    [{ variant: 'targets' as const, cell: { body: '_:b0', column: T107 } }],
  ])('round-trips %j', (link) => {
    expect(parseMatrixLink(formatMatrixLink(link))).toEqual(link);
  });

  it('leaves the default table with no open cell out of the URL', () => {
    expect(formatMatrixLink({ variant: 'targets' })).toBeNull();
    expect(formatMatrixLink({ variant: 'targets', cell: { body: BODY, column: T107 } })).toBe(
      `targets|${BODY}|${T107}`,
    );
  });

  it.each([
    null,
    '',
    'nonsense',
    '__proto__',
    'constructor|a|b',
    'THEMES',
    `themes|${BODY}|`,
    `themes|${BODY}|${T107}|extra`,
    `themes||${T107}`,
  ])('ignores %j (default table, or the table without a cell)', (value) => {
    const link = parseMatrixLink(value);
    expect(link.cell).toBeUndefined();
    expect(['targets', 'themes']).toContain(link.variant);
  });
});
