// The RDF formats the project reads and writes: names, media types, extensions, and how to tell them apart.
import { UnsupportedFormatError } from './errors';

export type RdfFormat = 'turtle' | 'trig' | 'ntriples' | 'nquads' | 'jsonld';

export interface FormatInfo {
  mediaType: string;
  /** Other media types seen in the wild for the same format. */
  altMediaTypes: string[];
  /** File extensions without the dot; the first is the canonical one. */
  extensions: string[];
  label: string;
  /** Whether the format can hold named graphs. */
  hasGraphs: boolean;
}

export const RDF_FORMATS: readonly RdfFormat[] = ['turtle', 'trig', 'ntriples', 'nquads', 'jsonld'];

export const FORMAT_INFO: Record<RdfFormat, FormatInfo> = {
  turtle: {
    mediaType: 'text/turtle',
    altMediaTypes: ['application/x-turtle'],
    extensions: ['ttl', 'turtle'],
    label: 'Turtle',
    hasGraphs: false,
  },
  trig: {
    mediaType: 'application/trig',
    altMediaTypes: ['application/x-trig'],
    extensions: ['trig'],
    label: 'TriG',
    hasGraphs: true,
  },
  ntriples: {
    mediaType: 'application/n-triples',
    altMediaTypes: ['text/plain+ntriples'],
    extensions: ['nt', 'ntriples'],
    label: 'N-Triples',
    hasGraphs: false,
  },
  nquads: {
    mediaType: 'application/n-quads',
    altMediaTypes: ['text/x-nquads', 'text/nquads'],
    extensions: ['nq', 'nquads'],
    label: 'N-Quads',
    hasGraphs: true,
  },
  jsonld: {
    mediaType: 'application/ld+json',
    altMediaTypes: ['application/json'],
    extensions: ['jsonld', 'json'],
    label: 'JSON-LD',
    hasGraphs: true,
  },
};

const SHORT_NAMES: Record<string, RdfFormat> = {
  turtle: 'turtle',
  ttl: 'turtle',
  trig: 'trig',
  ntriples: 'ntriples',
  nt: 'ntriples',
  'n-triples': 'ntriples',
  nquads: 'nquads',
  nq: 'nquads',
  'n-quads': 'nquads',
  jsonld: 'jsonld',
  'json-ld': 'jsonld',
};

/** Accepts a format's name or short name (`ttl|nt|nq|trig|jsonld`), case-insensitively; undefined if unknown. */
export function formatFromName(name: string): RdfFormat | undefined {
  return SHORT_NAMES[name.trim().toLowerCase()];
}

/** Like `formatFromName`, but throws `UnsupportedFormatError` for an unknown name. */
export function normalizeFormat(name: string): RdfFormat {
  const format = formatFromName(name);
  if (!format) {
    throw new UnsupportedFormatError(`unknown RDF format "${name}" (expected one of ttl, trig, nt, nq, jsonld)`, name);
  }
  return format;
}

/** The format a file name's extension stands for, or undefined. */
export function formatFromFileName(name: string): RdfFormat | undefined {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  if (dot < 0) return undefined;
  const ext = base.slice(dot + 1).toLowerCase();
  for (const format of RDF_FORMATS) {
    if (FORMAT_INFO[format].extensions.includes(ext)) return format;
  }
  return undefined;
}

/** The format of a media type (parameters such as `;charset=utf-8` are ignored), or undefined. */
export function formatFromMediaType(type: string): RdfFormat | undefined {
  const [mediaType = ''] = type.split(';');
  const bare = mediaType.trim().toLowerCase();
  for (const format of RDF_FORMATS) {
    const info = FORMAT_INFO[format];
    if (info.mediaType === bare || info.altMediaTypes.includes(bare)) return format;
  }
  return undefined;
}

const SNIFF_LENGTH = 64 * 1024;
// Strings, IRIs and comments can hold any character, so they are blanked out before looking for syntax.
const OPAQUE = /"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*'|<[^>\s]*>|#[^\n\r]*/g;
const LINE_TERM = String.raw`(?:<[^>\s]*>|_:[^\s]+)`;
const LINE_LITERAL = String.raw`"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>\s]*>)?`;
const NT_LINE = new RegExp(
  String.raw`^\s*${LINE_TERM}\s*<[^>\s]*>\s*(?:${LINE_TERM}|${LINE_LITERAL})\s*(${LINE_TERM}\s*)?\.\s*(?:#.*)?$`,
);

/**
 * Guesses the format from the text itself (its first 64 KiB): JSON-LD starts with `{` or `[`;
 * line-based statements are N-Triples or N-Quads; otherwise Turtle, or TriG if it has graph blocks.
 */
export function sniffFormat(text: string): RdfFormat {
  let sample = text.length > SNIFF_LENGTH ? text.slice(0, SNIFF_LENGTH) : text;
  if (sample.charCodeAt(0) === 0xfeff) sample = sample.slice(1);
  const first = sample.trimStart()[0];
  if (first === '{' || first === '[') return 'jsonld';
  if (text.length > SNIFF_LENGTH) {
    const lastBreak = sample.lastIndexOf('\n');
    if (lastBreak > 0) sample = sample.slice(0, lastBreak);
  }
  let lineBased = true;
  let hasGraph = false;
  let statements = 0;
  for (const line of sample.split(/\r?\n|\r/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const match = NT_LINE.exec(trimmed);
    if (!match) {
      lineBased = false;
      break;
    }
    statements++;
    if (match[1]) hasGraph = true;
  }
  if (lineBased && statements > 0) return hasGraph ? 'nquads' : 'ntriples';
  return sample.replace(OPAQUE, ' ').includes('{') ? 'trig' : 'turtle';
}

export interface ResolveFormatInput {
  format?: string;
  fileName?: string;
  mediaType?: string;
  text?: string;
}

/**
 * Picks the format: an explicit format wins, then a known media type, then the file extension,
 * then sniffing the text. Throws `UnsupportedFormatError` when nothing tells.
 */
export function resolveFormat(input: ResolveFormatInput): RdfFormat {
  if (input.format) return normalizeFormat(input.format);
  const byType = input.mediaType ? formatFromMediaType(input.mediaType) : undefined;
  if (byType) return byType;
  const byName = input.fileName ? formatFromFileName(input.fileName) : undefined;
  if (byName) return byName;
  if (input.text !== undefined) return sniffFormat(input.text);
  throw new UnsupportedFormatError(
    'cannot tell the RDF format (no format, media type, known extension or content)',
    undefined,
    input.fileName,
  );
}
