import { describe, expect, it } from 'vitest';
import { getPack, packIds } from '../domain/policy/index.ts';
import { documentTitle, sourceDocumentTitles } from './source-documents.ts';

describe('source document titles for citations', () => {
  it('has a title for the source document of every shipped pack', () => {
    const files = packIds().map((id) => getPack(id)!.sourceDocument.file);
    expect(files.filter((f) => !(f in sourceDocumentTitles))).toEqual([]);
  });

  it('names the Gansu rules with their document number, and leaves unknown files as they are', () => {
    expect(documentTitle('003_cc2352fc7793a6dc.txt')).toContain('甘工信发〔2024〕128号');
    expect(documentTitle('003_cc2352fc7793a6dc.txt', 'en')).toMatch(/^Gansu/);
    expect(documentTitle('999_unknown.txt')).toBe('999_unknown.txt');
  });
});
