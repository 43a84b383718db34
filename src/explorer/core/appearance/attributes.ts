// The data's own attributes for Colour by and Size by: every literal-valued predicate on the nodes that can colour
// (a number, or a handful of distinct values) or size (a number), as Gephi Lite offers every node attribute.
import type { KgGraph, NodeAttributes } from '../../../kg/to-graph';

/** A choice of an attribute in the data: `attr:` and the predicate's IRI (as the node attributes key it). */
export type AttributeChoice = `attr:${string}`;

const PREFIX = 'attr:';
/** Longer than any IRI worth keeping in a URL: a hand-edited link cannot make the page hold more. */
const MAX_CHOICE_CHARS = 2_048;
/** Text attributes with more distinct values than this are names or descriptions, not categories to colour by. */
export const MAX_CATEGORIES = 30;

/** A number as RDF writes one (xsd:integer, decimal, double lexical forms), surrounding spaces allowed. */
const NUMBER = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

export interface LiteralAttribute {
  choice: AttributeChoice;
  predicate: string;
  /** Nodes that have a value. */
  nodes: number;
  /** Every value is a number: a ramp for colours, and a size. */
  numeric: boolean;
  /** Distinct values, counted up to MAX_CATEGORIES + 1. */
  distinct: number;
}

export function isAttributeChoice(value: unknown): value is AttributeChoice {
  return (
    typeof value === 'string' &&
    value.startsWith(PREFIX) &&
    value.length > PREFIX.length &&
    value.length <= MAX_CHOICE_CHARS &&
    !/\s/.test(value)
  );
}

export function attributeChoice(predicate: string): AttributeChoice {
  return `${PREFIX}${predicate}`;
}

export function predicateOf(choice: AttributeChoice): string {
  return choice.slice(PREFIX.length);
}

/** The node's values of `predicate` (own keys only: a predicate named like an Object member finds nothing). */
function valuesOn(attrs: NodeAttributes, predicate: string): string[] {
  if (!Object.hasOwn(attrs.literals, predicate)) return [];
  const values = attrs.literals[predicate];
  return Array.isArray(values) ? values.map((v) => v.value) : [];
}

/** The node's value as a category: its first value (values are sorted), or null. */
export function attributeText(attrs: NodeAttributes, predicate: string): string | null {
  return valuesOn(attrs, predicate)[0] ?? null;
}

/** The node's value as a number: the first value that is one, or null. */
export function attributeNumber(attrs: NodeAttributes, predicate: string): number | null {
  const number = valuesOn(attrs, predicate).find((v) => NUMBER.test(v));
  return number === undefined ? null : Number(number);
}

/**
 * The attributes a node can be coloured by (numbers, and text with at most MAX_CATEGORIES values that some nodes
 * share) or sized by (numbers), by predicate IRI order; an attribute with one value for all says nothing and is left
 * out.
 */
export function literalAttributes(graph: KgGraph): LiteralAttribute[] {
  const seen = new Map<string, { nodes: number; numeric: boolean; values: Set<string> }>();
  graph.forEachNode((_key, attrs) => {
    for (const predicate of Object.keys(attrs.literals)) {
      const values = valuesOn(attrs, predicate);
      if (values.length === 0) continue;
      const entry = seen.get(predicate) ?? { nodes: 0, numeric: true, values: new Set<string>() };
      seen.set(predicate, entry);
      entry.nodes++;
      for (const v of values) {
        if (!NUMBER.test(v)) entry.numeric = false;
        // Counted up to one past the limit: beyond it a text attribute is out, and a number needs no count
        if (entry.values.size <= MAX_CATEGORIES) entry.values.add(v);
      }
    }
  });
  // One value everywhere says nothing; text where no two nodes agree (notes, titles, identifiers) is no category
  const telling = (e: { nodes: number; numeric: boolean; values: Set<string> }): boolean =>
    e.values.size >= 2 && (e.numeric || (e.values.size <= MAX_CATEGORIES && e.values.size < e.nodes));
  return [...seen]
    .filter(([, e]) => telling(e))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([predicate, e]) => ({
      choice: attributeChoice(predicate),
      predicate,
      nodes: e.nodes,
      numeric: e.numeric,
      distinct: e.values.size,
    }));
}

/** What a predicate is called in the menus and the legend: its label in the data, else its IRI's last part. */
export function attributeLabel(predicate: string, labels: ReadonlyMap<string, string>): string {
  return labels.get(predicate) ?? (predicate.replace(/^.*[#/:]/, '') || predicate);
}
