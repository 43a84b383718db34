// Node keys for graphology: IRIs and `_:` blank labels as they are, anything else escaped so it can never be
// `__proto__`.

/** Prefix of escaped keys: a URN namespace of the project that real data never uses. */
export const ESCAPED_KEY_PREFIX = 'urn:osce-kg:key:';

/** An absolute IRI starts with a scheme (RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"). */
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/**
 * The graph key of a term value. graphology 0.26 keeps neighbours in plain objects, so a key such as
 * `__proto__` or `constructor` corrupts it (or Object.prototype itself). Absolute IRIs and blank-node
 * labels cannot collide with Object.prototype's names; everything else is escaped.
 */
export function safeKey(value: string): string {
  if (value.startsWith('_:') || ABSOLUTE_IRI.test(value)) return value;
  return ESCAPED_KEY_PREFIX + encodeURIComponent(value);
}

/** Key of a blank node: `_:` + its label. */
export function blankKey(label: string): string {
  return '_:' + label;
}

/** Edge key: one edge per distinct (subject, predicate, object). */
export function edgeKey(source: string, predicate: string, target: string): string {
  return `${source}|${predicate}|${target}`;
}
