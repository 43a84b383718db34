// Pins in the URL (src/explorer/core/url/pins.ts): what a link carries, and what a hand-edited one cannot break.
import { describe, expect, it } from 'vitest';
import { decodePins, encodePins, MAX_LINKED_PINS } from '../../../../src/explorer/core/url/pins';

describe('encodePins / decodePins', () => {
  it('round-trips keys and positions, in key order, to a thousandth', () => {
    const pins = new Map([
      ['https://w3id.org/osce-kg/id/odihr', { x: 12.34567, y: -0.0004 }],
      ['_:b0', { x: 1, y: 2 }],
    ]);
    const text = encodePins(pins);
    expect(text).toBe('_:b0|1|2 https://w3id.org/osce-kg/id/odihr|12.346|0');
    expect([...decodePins(text)]).toEqual([
      ['_:b0', { x: 1, y: 2 }],
      ['https://w3id.org/osce-kg/id/odihr', { x: 12.346, y: 0 }],
    ]);
  });

  it('carries nothing for no pins, or for more than a link should hold', () => {
    expect(encodePins(new Map())).toBeNull();
    const many = new Map(Array.from({ length: MAX_LINKED_PINS + 1 }, (_, i) => [`urn:x:${i}`, { x: i, y: i }]));
    expect(encodePins(many)).toBeNull();
  });

  it('leaves out a key it could not read back, and positions that are not numbers', () => {
    const pins = new Map([
      ['urn:a b', { x: 1, y: 1 }],
      ['urn:a|b', { x: 1, y: 1 }],
      ['urn:nan', { x: Number.NaN, y: 1 }],
      ['urn:ok', { x: 3, y: 4 }],
    ]);
    expect(encodePins(pins)).toBe('urn:ok|3|4');
  });

  it('skips malformed entries of a hand-edited link', () => {
    const value = 'urn:ok|1|2 urn:short|1 urn:text|a|b urn:empty|| |1|2 urn:inf|Infinity|0 __proto__|5|6 urn:ok2|3|4|5';
    expect([...decodePins(value)]).toEqual([
      ['urn:ok', { x: 1, y: 2 }],
      ['__proto__', { x: 5, y: 6 }],
    ]);
    expect(decodePins(null).size).toBe(0);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'x')).toBe(false);
  });

  it('reads no more than the limit from a link', () => {
    const value = Array.from({ length: MAX_LINKED_PINS + 50 }, (_, i) => `urn:x:${i}|${i}|0`).join(' ');
    expect(decodePins(value).size).toBe(MAX_LINKED_PINS);
  });
});
