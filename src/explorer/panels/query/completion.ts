// Prefix completion for the SPARQL editor (pure): prefix names, PREFIX declarations, and terms of the data by prefix.
import { PREFIXES } from '../../../rdf/vocab';

export interface CompletionOption {
  label: string;
  detail: string;
  /** Text that replaces the range [from, pos). */
  insert: string;
  /** A PREFIX declaration to add at the top, when the prefix used is not declared yet. */
  declare?: string;
}

export interface CompletionAnswer {
  from: number;
  options: CompletionOption[];
}

/** Prefixes declared in the query, lower-case name -> namespace. */
export function declaredPrefixes(text: string): Map<string, string> {
  const declared = new Map<string, string>();
  for (const m of text.matchAll(/\bPREFIX\s+([\p{L}\p{N}_.-]*):\s*<([^>]*)>/giu)) declared.set(m[1] ?? '', m[2] ?? '');
  return declared;
}

export function prefixDeclaration(prefix: string, ns: string): string {
  return `PREFIX ${prefix}: <${ns}>`;
}

/**
 * Completions at position pos of text. vocabulary: IRIs worth offering after `prefix:` (the data's
 * predicates and classes). Returns null where nothing applies (inside an IRI, a string or a comment).
 */
export function completeSparql(
  text: string,
  pos: number,
  vocabulary: readonly string[],
  prefixes: Readonly<Record<string, string>> = PREFIXES,
): CompletionAnswer | null {
  const line = text.slice(text.lastIndexOf('\n', pos - 1) + 1, pos);
  if (/#/.test(line.replace(/<[^>]*>|"[^"]*"|'[^']*'/g, ''))) return null; // in a comment
  if (/<[^>\s]*$/.test(line) || /"[^"]*$/.test(line.replace(/"[^"]*"/g, ''))) return null; // inside an IRI or a string

  const declared = declaredPrefixes(text);
  const inDeclaration = /\bPREFIX\s+([\p{L}\p{N}_.-]*)$/iu.exec(line);
  if (inDeclaration) {
    const typed = inDeclaration[1] ?? '';
    const options = Object.entries(prefixes)
      .filter(([name]) => name.startsWith(typed) && !declared.has(name))
      .map(([name, ns]) => ({ label: `${name}:`, detail: ns, insert: `${name}: <${ns}>` }));
    return options.length ? { from: pos - typed.length, options } : null;
  }

  const word = /([\p{L}_][\p{L}\p{N}_.-]*)?(:([\p{L}\p{N}_-]*))?$/u.exec(line);
  if (!word || word[0] === '' || /[?$]$/.test(line.slice(0, line.length - word[0].length))) return null;
  const from = pos - word[0].length;
  const prefix = word[1] ?? '';
  const declare = (name: string, ns: string) => (declared.has(name) ? undefined : prefixDeclaration(name, ns));

  if (word[2] !== undefined) {
    const ns = declared.get(prefix) ?? prefixes[prefix];
    if (ns === undefined) return null;
    const local = word[3] ?? '';
    const names = [...new Set(vocabulary.filter((iri) => iri.startsWith(ns)).map((iri) => iri.slice(ns.length)))]
      .filter(
        (name) => /^[\p{L}\p{N}_][\p{L}\p{N}_-]*$/u.test(name) && name.toLowerCase().startsWith(local.toLowerCase()),
      )
      .sort();
    const options = names.map((name) => {
      const option: CompletionOption = { label: `${prefix}:${name}`, detail: ns + name, insert: `${prefix}:${name}` };
      const d = declare(prefix, ns);
      if (d) option.declare = d;
      return option;
    });
    return options.length ? { from, options } : null;
  }

  if (
    /^(PREFIX|SELECT|WHERE|FILTER|OPTIONAL|CONSTRUCT|DESCRIBE|ASK|GRAPH|UNION|LIMIT|ORDER|GROUP|DISTINCT|BIND|VALUES)$/i.test(
      prefix,
    )
  )
    return null;
  const all = new Map<string, string>([...Object.entries(prefixes), ...declared]);
  const options = [...all]
    .filter(([name]) => name.startsWith(prefix))
    .map(([name, ns]) => {
      const option: CompletionOption = { label: `${name}:`, detail: ns, insert: `${name}:` };
      const d = declare(name, ns);
      if (d) option.declare = d;
      return option;
    });
  return options.length ? { from, options } : null;
}
