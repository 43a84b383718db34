// Which sentences of a document the graph's current choice points at: a node, a statement (an edge), a passage.
import type { ReaderModel, ReaderStatement } from './reader-model';

/** Sentences whose statements involve the node or that name it. */
export function sentencesOfNode(model: ReaderModel, key: string): number[] {
  return model.sentences.filter((s) => s.entities.has(key)).map((s) => s.index);
}

/** Sentences that support the statement (its passages overlap them), in document order. */
export function sentencesOfStatement(
  model: ReaderModel,
  statement: { subject: string; predicate: string; object: string },
): number[] {
  return model.sentences
    .filter((s) =>
      s.statements.some(
        (x) =>
          !x.literal &&
          x.subject === statement.subject &&
          x.predicate === statement.predicate &&
          x.object === statement.object,
      ),
    )
    .map((s) => s.index);
}

/** Sentences that overlap a span of the text (a passage's quote located in it). */
export function sentencesOfSpan(model: ReaderModel, span: { start: number; end: number }): number[] {
  return model.sentences.filter((s) => s.start < span.end && span.start < s.end).map((s) => s.index);
}

/** A statement as a line of text: "subject — predicate — object", a literal in quotes. */
export function statementLine(
  s: ReaderStatement,
  label: (iri: string) => string,
  predicate: (iri: string) => string,
): string {
  return `${label(s.subject)} — ${predicate(s.predicate)} — ${s.literal !== undefined ? `“${s.literal}”` : label(s.object)}`;
}
