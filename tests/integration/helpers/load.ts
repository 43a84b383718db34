// Drives a running `osce-kg serve` with autocannon and checks every response: shared by the load test and
// bench/server-load.ts.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { Parser } from 'n3';
import { EXAMPLE_QUERIES } from '../../../src/query/examples';
import { queryForm } from '../../../src/query/query-form';

/** A request plus what its answer must be; `check` returns a problem, or undefined when the body is right. */
export interface LoadCase {
  name: string;
  good: boolean;
  request: autocannon.Request;
  status: number;
  check?: (body: string) => string | undefined;
}

export interface LoadSummary {
  requests: number;
  requestsPerSecond: number;
  latency: { p50: number; p99: number; max: number };
  /** Connection errors and timeouts counted by autocannon. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Responses per case name and status, e.g. { partners: { 200: 512 } }. */
  statuses: Record<string, Record<number, number>>;
  /** Responses whose status or body was not what the case expects (first few kept). */
  wrong: number;
  wrongExamples: string[];
}

const JSON_RESULTS = 'application/sparql-results+json';
const N_TRIPLES = 'application/n-triples';

const getPath = (sparql: string) => `/sparql?query=${encodeURIComponent(sparql)}`;

/**
 * One case per example query, each answered once before the load so the load can demand the same answer
 * under concurrency. SELECT/ASK bodies must be SPARQL JSON with exactly the reference head and bindings;
 * CONSTRUCT bodies (which have no SPARQL JSON form) must parse as N-Triples to the reference text.
 */
export async function exampleCases(url: string): Promise<LoadCase[]> {
  const cases: LoadCase[] = [];
  for (const example of EXAMPLE_QUERIES) {
    const graph = queryForm(example.sparql) === 'construct' || queryForm(example.sparql) === 'describe';
    const accept = graph ? N_TRIPLES : JSON_RESULTS;
    const path = getPath(example.sparql);
    const response = await fetch(url + path, { headers: { accept } });
    const reference = await response.text();
    if (response.status !== 200)
      throw new Error(`${example.id}: reference request gave ${response.status}: ${reference}`);
    cases.push({
      name: example.id,
      good: true,
      request: { method: 'GET', path, headers: { accept } },
      status: 200,
      check: graph ? sameNTriples(reference) : sameSparqlJson(reference, projectedVariables(example.sparql)),
    });
  }
  return cases;
}

/** The variables a SELECT projects, read from its text (`?x`, `(… AS ?y)`); `*` gives undefined. */
export function projectedVariables(sparql: string): string[] | undefined {
  const match = /\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?([\s\S]*?)\s*(?:WHERE\b|\{)/i.exec(sparql);
  const [, projection = ''] = match ?? [];
  if (!match || projection.trim() === '*') return undefined;
  // Drop what is inside the parentheses except the AS target, whose name is what the head lists.
  let depth = 0;
  let outer = '';
  for (const c of projection.replace(/\bAS\s+\?(\w+)\s*\)/gi, ') ?$1')) {
    if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (depth === 0) outer += c;
  }
  return [...outer.matchAll(/[?$](\w+)/g)].map(([, name = '']) => name);
}

function sameSparqlJson(reference: string, projected: string[] | undefined): (body: string) => string | undefined {
  const expected = JSON.parse(reference) as { head: { vars?: string[] } };
  // The head must list what the query projects (checked against the query text, not only the reference answer).
  const vars = JSON.stringify(projected ?? expected.head.vars);
  return (body) => {
    let parsed: { head?: { vars?: unknown }; results?: { bindings?: unknown } };
    try {
      parsed = JSON.parse(body) as typeof parsed;
    } catch {
      return `not JSON: ${body.slice(0, 80)}`;
    }
    if (!Array.isArray(parsed.results?.bindings)) return 'no results.bindings array';
    if (JSON.stringify(parsed.head?.vars) !== vars) return `head.vars ${JSON.stringify(parsed.head?.vars)}`;
    return body === reference ? undefined : 'bindings differ from the answer given without load';
  };
}

function sameNTriples(reference: string): (body: string) => string | undefined {
  const expected = new Parser({ format: 'N-Triples' }).parse(reference).length;
  return (body) => {
    try {
      const count = new Parser({ format: 'N-Triples' }).parse(body).length;
      if (count !== expected) return `${count} triples, expected ${expected}`;
    } catch (error) {
      return `not N-Triples: ${String(error)}`;
    }
    return body === reference ? undefined : 'triples differ from the answer given without load';
  };
}

/**
 * Requests the endpoint must refuse on a kept-alive connection: a syntax error (400), SPARQL Update by GET and by
 * POST (403). The oversized body is separate (`oversizedCase`): the 413 closes the connection, and autocannon, after
 * reconnecting, attributes later responses to the wrong entry of a request list, so it runs on its own connection.
 */
export function badCases(): LoadCase[] {
  return [
    {
      name: 'syntax-error',
      good: false,
      status: 400,
      request: { method: 'GET', path: getPath('SELECT * WHERE { ?s ?p ?o '), headers: { accept: JSON_RESULTS } },
    },
    {
      name: 'update-get',
      good: false,
      status: 403,
      request: {
        method: 'GET',
        path: `/sparql?update=${encodeURIComponent('INSERT DATA { <urn:a> <urn:b> <urn:c> }')}`,
      },
    },
    {
      name: 'update-post',
      good: false,
      status: 403,
      request: {
        method: 'POST',
        path: '/sparql',
        headers: { 'content-type': 'application/sparql-update' },
        body: 'DROP ALL',
      },
    },
  ];
}

/** A query body twice the server's limit (413, connection closed). */
export function oversizedCase(bodyLimit: number): LoadCase {
  return {
    name: 'oversized-body',
    good: false,
    status: 413,
    request: {
      method: 'POST',
      path: '/sparql',
      headers: { 'content-type': 'application/sparql-query' },
      body: `# ${'x'.repeat(2 * bodyLimit)}\nASK {}`,
    },
  };
}

/**
 * Runs autocannon for `seconds` over `connections`, each connection cycling through the cases in order (at most `rate`
 * requests/s overall if given).
 */
export async function runLoad(
  url: string,
  cases: LoadCase[],
  seconds: number,
  connections: number,
  rate?: number,
): Promise<LoadSummary> {
  const statuses: Record<string, Record<number, number>> = {};
  const wrongExamples: string[] = [];
  let wrong = 0;
  const requests = cases.map((c) => ({
    ...c.request,
    // autocannon calls this with each response's status and body (its typings omit the per-request hook).
    onResponse: (status: number, body: string) => {
      const byStatus = (statuses[c.name] ??= {});
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      const problem = status !== c.status ? `status ${status}, expected ${c.status}` : c.check?.(body);
      if (!problem) return;
      wrong += 1;
      if (wrongExamples.length < 5) wrongExamples.push(`${c.name}: ${problem}`);
    },
  }));
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests,
    timeout: 30,
    ...(rate ? { overallRate: rate } : {}),
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / seconds,
    latency: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statuses,
    wrong,
    wrongExamples,
  };
}

/** Resident set size of a process in bytes, from /proc/<pid>/status (Linux). */
export function rssBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

/** Responses counted for the good cases, by status. */
export function goodStatuses(summary: LoadSummary, cases: LoadCase[]): Record<number, number> {
  const totals: Record<number, number> = {};
  for (const c of cases.filter((x) => x.good)) {
    for (const [status, n] of Object.entries(summary.statuses[c.name] ?? {}))
      totals[Number(status)] = (totals[Number(status)] ?? 0) + n;
  }
  return totals;
}
