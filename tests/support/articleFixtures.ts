import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceDocument } from '../../common/extract/types';

/** What a fixture article should yield, written by hand alongside the article. */
export interface ArticleExpectation {
  publishedDate: string;
  author?: string;
  publisher?: string;
  jurisdictions: string[];
  /** Jurisdictions that may appear (named in passing) without being wrong. */
  optionalJurisdictions: string[];
  /** Jurisdictions that must not appear (tricky negatives). */
  absentJurisdictions?: string[];
  topics: string[];
  optionalTopics: string[];
  keyDates: { date: string; about: string }[];
  actors: string[];
}

export interface ArticleFixture {
  name: string;
  doc: SourceDocument;
  expected: ArticleExpectation;
  referenceKeyPoints: string[];
}

export const ARTICLES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'articles');

/** Every article under tests/fixtures/articles: NAME.txt (the text) with NAME.json (metadata, expectations). */
export function loadArticleFixtures(): ArticleFixture[] {
  return fs
    .readdirSync(ARTICLES_DIR)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      const text = fs.readFileSync(path.join(ARTICLES_DIR, file), 'utf8');
      const spec = JSON.parse(fs.readFileSync(path.join(ARTICLES_DIR, `${name}.json`), 'utf8'));
      return {
        name,
        doc: { fileName: file, text, metadata: spec.metadata ?? {} },
        expected: spec.expected,
        referenceKeyPoints: spec.referenceKeyPoints,
      };
    });
}
