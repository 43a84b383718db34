// "Show in source" (Details, Paths, Matrix): the one way to read a document is the Read tab, opened at the passage.
import type { CurrentData } from './current-data';

export interface SourceOpener {
  /** Remembers the passage, opens the Read tab and tells the panels (a 'source' change). */
  open(passageIri: string): void;
  /** The passage asked for last: the Read tab shows it when it first mounts. */
  shown(): string | null;
}

export function createSourceOpener(
  data: Pick<CurrentData, 'provenance'>,
  openReadTab: () => void,
  told: () => void,
): SourceOpener {
  let shown: string | null = null;
  return {
    open(passageIri) {
      if (!data.provenance.passages.has(passageIri)) return;
      shown = passageIri;
      openReadTab();
      told();
    },
    shown: () => shown,
  };
}
