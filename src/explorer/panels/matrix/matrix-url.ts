// The Matrix's part of a shared link, one parameter: `matrix=themes`, or with an open cell
// `matrix=targets|BODY|COLUMN`.
import { MATRIX_VARIANTS, type MatrixVariantId } from './matrix-variants';

export interface MatrixLink {
  variant: MatrixVariantId;
  cell?: { body: string; column: string };
}

/** `|` can occur neither in an IRI (RFC 3987) nor in a blank node label, so it separates the parts. */
const SEPARATOR = '|';

const isVariant = (value: string | undefined): value is MatrixVariantId =>
  value !== undefined && Object.hasOwn(MATRIX_VARIANTS, value);

/** Reads the parameter; a value that is not one of ours gives the default table with no cell (never an error). */
export function parseMatrixLink(value: string | null): MatrixLink {
  const [variant, body, column, ...rest] = value?.split(SEPARATOR) ?? [];
  if (!isVariant(variant)) return { variant: 'targets' };
  return body && column && rest.length === 0 ? { variant, cell: { body, column } } : { variant };
}

/** The parameter for a state: the default table with no open cell leaves the URL clean (null). */
export function formatMatrixLink(link: MatrixLink): string | null {
  if (link.cell) return [link.variant, link.cell.body, link.cell.column].join(SEPARATOR);
  return link.variant === 'targets' ? null : link.variant;
}
