/**
 * The PDF renderers, loaded on first use. pdf-lib and fontkit decompress their font and Unicode tables when they are
 * imported (about a third of the host's start-up CPU, measured with --cpu-prof), and no screen needs a PDF before a
 * citizen asks for one: the first card, Form 01 or statement pays that once instead of every (re)start.
 */
import type { BhytCardData } from '../../../native/documents/bhyt-card-text';
import type { Form01Data } from '../../../native/documents/form01-pdf';
import type { ParticipationStatement } from '../records/participation-statement';

export async function renderBhytCardPdf(card: BhytCardData): Promise<Uint8Array> {
  return (await import('../../../native/documents/bhyt-card-pdf')).renderBhytCardPdf(card);
}

export async function renderForm01Pdf(data: Form01Data): Promise<Uint8Array> {
  return (await import('../../../native/documents/form01-pdf')).renderForm01Pdf(data);
}

export async function participationPdf(statement: ParticipationStatement): Promise<Uint8Array> {
  return (await import('../records/participation-pdf')).participationPdf(statement);
}
