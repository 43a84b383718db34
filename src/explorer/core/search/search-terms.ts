// How words are compared in search: accents and case dropped, British and American spellings made one.

/** US spelling → the British one the curated labels use; applied to indexed words and query words alike. */
const VARIANTS: [RegExp, string][] = [
  [/^labor/, 'labour'],
  [/^program(?!me)/, 'programme'],
  [/^(cent|theat|met|fib)er(s?)$/, '$1re$2'],
  // organize, organization, organizing… (also a prefix being typed: "organiz").
  [/iz(e|es|ed|ing|ation|ations|ational)?$/, 'is$1'],
  [/yz(e|es|ed|ing)?$/, 'ys$1'],
  [/^defen[cs]e/, 'defence'],
];

/** One word as the search index stores it. */
export function searchTerm(word: string): string {
  let term = word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  for (const [pattern, replacement] of VARIANTS) term = term.replace(pattern, replacement);
  return term;
}

/** One word of a query: as indexed; a lone "of", "the"… would make every AND query fail on labels without it. */
export function queryTerms(word: string): string | null {
  const term = searchTerm(word);
  return STOP_WORDS.has(term) ? null : term;
}

const STOP_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'a', 'an', 'to']);

/** "Goal 10", "SDG 10.7", "target 10.7", "SDG target 10.7", "sdg10" → the notation ("10", "10.7"). */
export function stripSdgWords(query: string): string {
  const m = /^\s*(?:sdgs?\s*)?(?:(?:goal|target)s?\s*)?(\d{1,2}(?:\.[\da-z]{1,2})?)\s*$/i.exec(query);
  return m?.[1] ?? query;
}
