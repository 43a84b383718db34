// Ingestion: from a document's text and the graph, the passages that mention something, their mentions and candidates.
import type { Quad } from '@rdfjs/types';
import { OKG } from '../rdf/vocab';
import { findCandidates, subjectForNext, type CandidateStatement } from './candidates';
import { findDates, type DateMention } from './dates';
import { buildDictionary, type EntityDictionary } from './dictionary';
import { IngestInputError } from './errors';
import { keepLongest, mentionFinder, type Mention } from './mentions';
import { findNewOrganizations } from './organizations';
import { slug } from './patterns';
import { splitSentences, type Sentence } from './sentences';
import { textSha256 } from './text-input';

export const OKG_TEXT_SHA256 = OKG + 'textSha256';

export interface IngestInput {
  text: string;
  /** The document's file name (its base name becomes `okg:textFile "sources/<name>"`). */
  fileName: string;
  /** Local name of the source document (`id:source-<sourceId>`); default: the file's base name as a slug. */
  sourceId?: string;
  /** The graph the document is ingested into: its names make the dictionary. */
  graph: readonly Quad[];
  /** SHA-256 of every document already in the graph (recorded `okg:textSha256` and hashes of their texts), by IRI. */
  knownHashes?: ReadonlyMap<string, string>;
}

export interface PassageDraft {
  /** 1-based position of the sentence among all the document's sentences (stable: names the passage). */
  index: number;
  sentence: Sentence;
  mentions: Mention[];
  dates: DateMention[];
  candidates: CandidateStatement[];
}

export interface IngestResult {
  /** The document's text (passages' offsets are into it). */
  text: string;
  sourceId: string;
  fileName: string;
  sha256: string;
  title: string;
  passages: PassageDraft[];
  sentenceCount: number;
}

/**
 * Drafts passages, mentions and candidate statements from `input.text`; throws `IngestInputError` for a known document.
 */
export async function ingestText(
  input: IngestInput,
  dictionary: EntityDictionary = buildDictionary(input.graph),
): Promise<IngestResult> {
  const sha256 = await textSha256(input.text);
  for (const [hash, doc] of input.knownHashes ?? []) {
    if (hash === sha256)
      throw new IngestInputError(
        'duplicate',
        `this text is already in the graph as <${doc}> (same SHA-256 ${sha256.slice(0, 12)}…): nothing to ingest`,
        { file: input.fileName },
      );
  }
  const baseName = input.fileName.replace(/\\/g, '/').split('/').pop() ?? input.fileName;
  const sourceId = input.sourceId ?? slug(baseName.replace(/\.[^.]+$/, ''));
  if (!/^[a-z0-9][a-z0-9-]*$/.test(sourceId))
    throw new IngestInputError(
      'source-id',
      `--source-id must be lowercase letters, digits and hyphens, not "${sourceId}"`,
      { file: input.fileName },
    );
  const finder = mentionFinder(dictionary);
  const sentences = splitSentences(input.text);
  const passages: PassageDraft[] = [];
  const known = finder.find(input.text);
  const all = keepLongest([...known, ...findNewOrganizations(input.text, known)]);
  const dates = findDates(input.text);
  // The subject of the last sentence that named one: "The Office ..." or "It ..." in the next sentence stands for it
  let previousSubject: Mention | undefined;
  sentences.forEach((sentence, i) => {
    const inside = <T extends { start: number; end: number }>(list: readonly T[]) =>
      list.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const mentions = inside(all);
    if (mentions.length === 0) return;
    passages.push({
      index: i + 1,
      sentence,
      mentions,
      dates: inside(dates),
      candidates: findCandidates(sentence, mentions, previousSubject),
    });
    previousSubject = subjectForNext(sentence, mentions, previousSubject);
  });
  return {
    text: input.text,
    sourceId,
    fileName: baseName,
    sha256,
    title: titleOf(sentences, baseName),
    passages,
    sentenceCount: sentences.length,
  };
}

/** The first heading, else the first sentence, without markdown marks; the file name when there is neither. */
function titleOf(sentences: readonly Sentence[], fileName: string): string {
  const first = sentences.find((s) => /^#{1,6}\s/.test(s.text)) ?? sentences[0];
  const plain = first?.text
    .replace(/^#{1,6}\s+/, '')
    .replace(/<[^>]*>|[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!plain) return fileName;
  return plain.length > 120 ? `${plain.slice(0, 117)}…` : plain;
}
