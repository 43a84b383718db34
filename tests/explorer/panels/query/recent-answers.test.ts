// The answers kept for Back and Forward (src/explorer/panels/query/recent-answers.ts).
import { describe, expect, it } from 'vitest';
import { RecentAnswers } from '../../../../src/explorer/panels/query/recent-answers';

describe('RecentAnswers', () => {
  it('keys a query by where it ran and its text', () => {
    const recent = new RecentAnswers<number>();
    recent.remember(RecentAnswers.key('', 'SELECT 1'), 1);
    expect(recent.get(RecentAnswers.key('', 'SELECT 1'))).toBe(1);
    expect(recent.get(RecentAnswers.key('https://example.org/sparql', 'SELECT 1'))).toBeUndefined();
    expect(recent.get(RecentAnswers.key('', 'SELECT 2'))).toBeUndefined();
  });

  it('forgets the least recently answered beyond its size', () => {
    const recent = new RecentAnswers<string>(2);
    recent.remember('a', 'A');
    recent.remember('b', 'B');
    recent.remember('a', 'A2'); // answered again: now the newest
    recent.remember('c', 'C');
    expect(recent.get('b')).toBeUndefined();
    expect(recent.get('a')).toBe('A2');
    expect(recent.get('c')).toBe('C');
  });

  it('clear forgets everything (the data changed)', () => {
    const recent = new RecentAnswers<number>();
    recent.remember('a', 1);
    recent.clear();
    expect(recent.get('a')).toBeUndefined();
  });
});
