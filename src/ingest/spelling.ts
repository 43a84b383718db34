// Regular expressions for names that tolerate British/American spelling, hyphenation, apostrophes and plurals.

/** Word stems spelt two ways (en-GB first); each side is matched wherever the other is written. */
const SPELLING_VARIANTS: readonly (readonly [string, string])[] = [
  ['labour', 'labor'],
  ['organis', 'organiz'],
  ['programme', 'program'],
  ['centre', 'center'],
  ['co-operat', 'cooperat'],
  ['co-ordinat', 'coordinat'],
  ['combatt', 'combat'],
  ['defence', 'defense'],
  ['behaviour', 'behavior'],
  ['neighbour', 'neighbor'],
  ['favour', 'favor'],
  ['honour', 'honor'],
  ['harmonis', 'harmoniz'],
  ['recognis', 'recogniz'],
  ['mobilis', 'mobiliz'],
  ['specialis', 'specializ'],
  ['criminalis', 'criminaliz'],
  ['analys', 'analyz'],
  ['licence', 'license'],
  ['travell', 'travel'],
  ['capitalis', 'capitaliz'],
  ['prioritis', 'prioritiz'],
  ['minimis', 'minimiz'],
  ['utilis', 'utiliz'],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A name written only in capitals, digits and separators ("OSCE", "OSR/CTHB", "MC.DEC/2/05") is matched
 * case-sensitively.
 */
export function isAcronym(surface: string): boolean {
  return !/\p{Ll}/u.test(surface) && /\p{Lu}/u.test(surface);
}

/**
 * The pattern source of `surface`: whitespace runs match any whitespace, straight and curly apostrophes match
 * each other, each spelling variant matches its other spelling, and a lowercase last word may take a plural.
 */
export function namePattern(surface: string): string {
  const words = surface.split(/\s+/);
  const parts = words.map((word, index) => {
    let pattern = '';
    let rest = word;
    while (rest.length > 0) {
      const variant = SPELLING_VARIANTS.find(([gb, us]) => startsWithFold(rest, gb) || startsWithFold(rest, us));
      if (variant && /^[\p{L}]/u.test(rest) && isWordStart(word, word.length - rest.length)) {
        const used = startsWithFold(rest, variant[0]) ? variant[0] : variant[1];
        pattern += `(?:${escape(variant[0])}|${escape(variant[1])})`;
        rest = rest.slice(used.length);
        continue;
      }
      const ch = rest.charAt(0);
      pattern += ch === "'" || ch === '’' ? "['’]" : escape(ch);
      rest = rest.slice(1);
    }
    if (index === words.length - 1 && /^\p{Ll}[\p{Ll}-]*$/u.test(word) && word.length > 3) pattern += '(?:s|es)?';
    return pattern;
  });
  return parts.join('\\s+');
}

function startsWithFold(text: string, prefix: string): boolean {
  return text.slice(0, prefix.length).toLowerCase() === prefix;
}

function isWordStart(word: string, index: number): boolean {
  return index === 0 || !/[\p{L}]/u.test(word.charAt(index - 1));
}
