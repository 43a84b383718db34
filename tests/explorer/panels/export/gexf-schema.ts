// The element and attribute names of GEXF 1.3 (gexf.xsd, data.xsd, viz.xsd of http://gexf.net/1.3), for tests that
// check an export holds nothing else: Gephi ignores or rejects what the schema does not name.
import { DOMParser } from '@xmldom/xmldom';

type XmlElement = Element;

export const GEXF_NS = 'http://gexf.net/1.3';
export const VIZ_NS = 'http://gexf.net/1.3/viz';
const SPELL = ['start', 'startopen', 'end', 'endopen'];

/** Element (namespace-qualified as `viz:name` for the viz extension) -> its attributes and child elements. */
const SCHEMA: Record<string, { attributes: string[]; children: string[] }> = {
  gexf: {
    attributes: ['version', 'variant', 'xmlns', 'xmlns:viz', 'xmlns:xsi', 'xsi:schemaLocation'],
    children: ['meta', 'graph'],
  },
  meta: { attributes: ['lastmodifieddate'], children: ['creator', 'keywords', 'description'] },
  creator: { attributes: [], children: [] },
  keywords: { attributes: [], children: [] },
  description: { attributes: [], children: [] },
  graph: {
    attributes: ['timeformat', 'timerepresentation', 'timezone', 'defaultedgetype', 'idtype', 'mode', ...SPELL],
    children: ['attributes', 'nodes', 'edges'],
  },
  attributes: { attributes: ['class', 'mode', ...SPELL], children: ['attribute'] },
  attribute: { attributes: ['id', 'title', 'type'], children: ['default', 'options'] },
  default: { attributes: [], children: [] },
  options: { attributes: [], children: [] },
  nodes: { attributes: ['count'], children: ['node'] },
  node: {
    attributes: ['id', 'label', 'pid', ...SPELL],
    children: [
      'attvalues',
      'spells',
      'nodes',
      'edges',
      'parents',
      'viz:color',
      'viz:position',
      'viz:size',
      'viz:shape',
    ],
  },
  edges: { attributes: ['count'], children: ['edge'] },
  edge: {
    attributes: ['id', 'type', 'label', 'source', 'target', 'weight', 'kind', ...SPELL],
    children: ['attvalues', 'spells', 'viz:color', 'viz:thickness', 'viz:shape'],
  },
  attvalues: { attributes: [], children: ['attvalue'] },
  attvalue: { attributes: ['for', 'value', 'timestamp', ...SPELL], children: [] },
  'viz:color': { attributes: ['r', 'g', 'b', 'a', 'hex', ...SPELL], children: ['spells'] },
  'viz:position': { attributes: ['x', 'y', 'z', ...SPELL], children: ['spells'] },
  'viz:size': { attributes: ['value', ...SPELL], children: ['spells'] },
  'viz:thickness': { attributes: ['value', ...SPELL], children: ['spells'] },
  'viz:shape': { attributes: ['value', 'uri', ...SPELL], children: ['spells'] },
};

/** GEXF 1.3's attribute types (data.xsd attrtype-type). */
export const ATTRIBUTE_TYPES = new Set([
  'integer',
  'long',
  'double',
  'float',
  'boolean',
  'string',
  'liststring',
  'listinteger',
  'listlong',
  'listfloat',
  'listdouble',
  'listboolean',
  'anyURI',
  'bigdecimal',
  'biginteger',
  'byte',
  'short',
  'char',
  'listbyte',
  'listshort',
  'listchar',
  'listbigdecimal',
  'listbiginteger',
]);

function qualifiedName(element: XmlElement): string | undefined {
  if (element.namespaceURI === GEXF_NS) return element.localName;
  if (element.namespaceURI === VIZ_NS) return `viz:${element.localName}`;
  return undefined;
}

/** Everything in `xml` that GEXF 1.3 does not name, as readable lines (empty when the file keeps to the schema). */
export function gexfViolations(xml: string): string[] {
  const problems: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level, message) => problems.push(`XML ${level}: ${message}`),
  }).parseFromString(xml, 'text/xml');
  const walk = (element: XmlElement, parent: string | undefined): void => {
    const name = qualifiedName(element);
    const rule = name === undefined ? undefined : SCHEMA[name];
    if (name === undefined || !rule) {
      problems.push(`element <${element.tagName}> (namespace ${element.namespaceURI ?? 'none'}) is not GEXF 1.3`);
      return;
    }
    if (parent !== undefined && !SCHEMA[parent]?.children.includes(name))
      problems.push(`<${name}> may not sit in <${parent}>`);
    for (let i = 0; i < element.attributes.length; i++) {
      const attribute = element.attributes.item(i);
      if (attribute && !rule.attributes.includes(attribute.name))
        problems.push(`<${name}> has attribute ${attribute.name}`);
    }
    if (name === 'attribute' && !ATTRIBUTE_TYPES.has(element.getAttribute('type') ?? ''))
      problems.push(`attribute type ${element.getAttribute('type')}`);
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === child.ELEMENT_NODE) walk(child as XmlElement, name);
    }
  };
  // xmldom leaves documentElement null for a document with no element, whatever its types say
  const root = (doc as { documentElement: XmlElement | null }).documentElement;
  if (root) walk(root, undefined);
  else problems.push('no document element');
  return problems;
}
