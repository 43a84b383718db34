// Read-only and no-federation checks on a query's text, before it reaches the engine.
import { queryForm } from '../query/query-form';

// Strings, IRIs and comments can hold any word, so they are blanked out before looking for keywords.
const OPAQUE =
  /"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*'|<[^<>"{}|^`\\\s]*>|#[^\n\r]*/g;
// Not `?service`, `$service`, `ex:service` or `service_x`: only the keyword.
const SERVICE = /(?<![?$\w:.-])SERVICE(?![\w:-])/i;

/** Whether `sparql` is a SPARQL Update request (INSERT, DELETE, LOAD, DROP, …). */
export function isUpdate(sparql: string): boolean {
  return queryForm(sparql) === 'update';
}

/** Whether the query uses SERVICE (a federated query that would make this server fetch other URLs). */
export function usesService(sparql: string): boolean {
  return SERVICE.test(sparql.replace(OPAQUE, ' '));
}
