import { getDocumentProxy } from 'unpdf';

export interface PdfLimits {
  /** pages read; a longer PDF is read this far and flagged */
  maxPages: number;
  /** time spent reading pages, ms; reading stops at the next page boundary past it */
  maxMillis: number;
  /** characters kept */
  maxChars: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { maxPages: 30, maxMillis: 5_000, maxChars: 200_000 };

export interface PdfText {
  text: string;
  /** why the text is incomplete, or null */
  problem: string | null;
}

interface TextItem {
  str?: string;
  hasEOL?: boolean;
}

/**
 * Text of a PDF page by page, so the page count, the time and the length can each stop it
 * (unpdf's extractText reads every page at once: 100,000 pages exhaust the heap).
 */
export async function pdfText(data: Buffer, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<PdfText> {
  const started = Date.now();
  // pdf.js may transfer (detach) the array it is given: hand it a copy, never the message's buffer
  // verbosity 0: pdf.js otherwise prints warnings about broken files with console.log, into lhs's stdout
  const pdf = await getDocumentProxy(new Uint8Array(data), { verbosity: 0, isEvalSupported: false });
  try {
    const pages = pdf.numPages;
    const parts: string[] = [];
    let chars = 0;
    let problem: string | null = null;
    for (let n = 1; n <= pages; n++) {
      if (n > limits.maxPages) {
        problem = `PDF has ${pages} pages: only the first ${limits.maxPages} read`;
        break;
      }
      if (Date.now() - started > limits.maxMillis) {
        problem = `PDF reading stopped after ${limits.maxMillis} ms at page ${n} of ${pages}`;
        break;
      }
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const text = (content.items as TextItem[]).map((i) => (i.str ?? '') + (i.hasEOL ? '\n' : '')).join('');
      page.cleanup();
      parts.push(text);
      chars += text.length;
      if (chars > limits.maxChars) {
        problem = `PDF text is over ${limits.maxChars} characters: cut there`;
        break;
      }
    }
    return { text: parts.join('\n').slice(0, limits.maxChars), problem };
  } finally {
    await pdf.destroy();
  }
}
