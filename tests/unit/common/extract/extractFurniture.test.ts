import { describe, expect, it } from 'vitest';
import { classifyLine, dateLineDate, tidyName } from '../../../../common/extract/furniture';
import { readJsonLd } from '../../../../common/extract/jsonLd';
import { readHeader } from '../../../../common/extract/metadata';

const TODAY = '2026-11-26';
const header = (text: string, metadata = {}, fileName = 'story.txt') => readHeader({ fileName, text, metadata }, TODAY);

describe('date lines', () => {
  it.each([
    ['18:03 JST, May 28, 2025', '2025-05-28'],
    ['9 April 2025, 11:44', '2025-04-09'],
    ['29 November 2024 | Emma Clarke', '2024-11-29'],
    ['Amelia Hart / Feb 4, 2025', '2025-02-04'],
    ['Published: Wednesday 24 July 2024', '2024-07-24'],
    ['August 1, 2025 3:15 PM GMT+2 Updated August 2, 2025', '2025-08-01'],
    ['MR 14/2025 | 6 May 2025', '2025-05-06'],
    ['November 28, 2024 — Gatineau, Quebec', '2024-11-28'],
    ['Date: 2024-12-26', '2024-12-26'],
  ])('%s → %s', (line, date) => {
    expect(dateLineDate(line)).toBe(date);
  });

  it('does not take a sentence with a date for a date line', () => {
    expect(dateLineDate('The law was passed by the Senate on 12 March 2025 after a long debate.')).toBeNull();
  });
});

describe('furniture lines', () => {
  it('splits a "Source: … Updated: …" line into publisher and date', () => {
    expect(classifyLine('Source: Xinhua Updated: 2024-03-25 10:12', 'header')).toMatchObject({ kind: 'source', publisher: 'Xinhua', date: '2024-03-25' });
  });

  it('reads wire credits and copyright lines', () => {
    expect(classifyLine('— Associated Press', 'trailer')).toMatchObject({ kind: 'credit', publisher: 'Associated Press' });
    expect(classifyLine('Copyright 2025 The Associated Press. All rights reserved.', 'trailer')).toMatchObject({ kind: 'trailer', publisher: 'Associated Press' });
    expect(classifyLine('(Reporting by Ana Mano; Editing by Bill Berkrot)', 'trailer').kind).toBe('trailer');
  });

  it('tells organisation lines from title-case headlines', () => {
    expect(classifyLine('FEDERAL COMMUNICATIONS COMMISSION', 'header')).toMatchObject({ kind: 'organisation', publisher: 'Federal Communications Commission' });
    expect(classifyLine('Ministry of Science and ICT', 'header')).toMatchObject({ kind: 'organisation' });
    expect(classifyLine('Ofcom | News centre', 'header')).toMatchObject({ kind: 'organisation', publisher: 'Ofcom' });
    expect(classifyLine('Regulator Fines Platform Over Age Checks', 'header').kind).toBe('headline');
    expect(classifyLine('California Enacts Frontier AI Transparency Law', 'header').kind).toBe('headline');
  });

  it('knows section labels, bullets and captions', () => {
    expect(classifyLine('Media release', 'header').kind).toBe('kicker');
    expect(classifyLine('- Critical incidents must be reported.', 'body').kind).toBe('bullet');
    expect(classifyLine('File photo: A data centre. (Reuters)', 'body').kind).toBe('caption');
  });

  it('title-cases shouting names but keeps acronyms', () => {
    expect(tidyName('MINISTRY OF DIGITAL DEVELOPMENT AND INFORMATION')).toBe('Ministry of Digital Development and Information');
    expect(tidyName('CNIL')).toBe('CNIL');
  });
});

describe('readHeader', () => {
  it('reads a wire dateline: publisher from the credit, the year from the weekday the lead names', () => {
    const result = header('Japan passes AI law\n\nBy Kenji Mori\n\nTOKYO, May 28 (Reuters) - Japan\'s upper house on Wednesday approved the law.');
    expect(result).toMatchObject({ publisher: 'Reuters', author: 'Kenji Mori', publishedDate: '2025-05-28', datelinePlace: 'TOKYO' });
    expect(result.evidence.publishedDate).toEqual({ text: 'TOKYO, May 28 (Reuters) -', unsure: true });
    expect(result.body.trim()).toBe("Japan's upper house on Wednesday approved the law.");
  });

  it('leaves a yearless dateline without a weekday unset rather than guessing the year', () => {
    expect(header('Headline about a law\n\nBRUSSELS, April 23 (Reuters) - The Commission fined two firms.').publishedDate).toBeNull();
  });

  it('takes the issuer above a section label, the title below it, and the date line after', () => {
    const result = header('Harrow & Vale LLP\n\nClient Alert\n\nCalifornia Enacts Frontier AI Transparency Law\n\nOctober 1, 2025 | Maria Delgado\n\nThe governor signed the bill on Monday.');
    expect(result).toMatchObject({ publisher: 'Harrow & Vale LLP', title: 'California Enacts Frontier AI Transparency Law', publishedDate: '2025-10-01' });
  });

  it('reads a trailing credit and a trailing date, and keeps them out of the body', () => {
    const result = header('FTC adopts rule\n\nWASHINGTON — The commission on Wednesday adopted a rule.\n\nOct. 16, 2024\n\n— Associated Press');
    expect(result).toMatchObject({ publisher: 'Associated Press', publishedDate: '2024-10-16' });
    expect(result.body).not.toMatch(/Associated Press|Oct\. 16/);
  });

  it('prefers a date printed in a PDF over the file’s creation date, and marks the creation date unsure when alone', () => {
    expect(header('Consultation paper\n\nPublished 17 December 2024\n\nThe government seeks views.', { publishedDate: '2024-12-16' }, 'paper.pdf').publishedDate).toBe('2024-12-17');
    const alone = header('Consultation paper\n\nThe government seeks views.', { publishedDate: '2024-12-16' }, 'paper.pdf');
    expect(alone.publishedDate).toBe('2024-12-16');
    expect(alone.evidence.publishedDate?.unsure).toBe(true);
  });

  it('spells out an acronym publisher the text defines, and falls back to the URL’s domain, unsure', () => {
    expect(header('FTC Press Release\n\nFTC finalizes order with a company\n\nThe Federal Trade Commission has finalized an order.').publisher).toBe('Federal Trade Commission');
    const fromUrl = header('Some headline here\n\nThe agency acted.', { url: 'https://www.example.org/news/1' });
    expect(fromUrl.publisher).toBe('example.org');
    expect(fromUrl.evidence.publisher?.unsure).toBe(true);
  });

  it('cuts related links and notes to editors from the body', () => {
    const result = header('Regulator acts on illegal harms\n\nThe regulator acted today.\n\nNotes to editors\n\nThe regulator was set up in 2003.\n\nRelated articles\n- Other story');
    expect(result.body.trim()).toBe('The regulator acted today.');
  });
});

describe('readJsonLd', () => {
  it('reads the article node of a graph and the site name as publisher', () => {
    const block = JSON.stringify({ '@graph': [{ '@type': 'WebSite', name: 'Lone Star Ledger' }, { '@type': 'NewsArticle', datePublished: '2025-06-23T09:05:00-05:00', headline: 'H' }] });
    expect(readJsonLd([block])).toEqual({ datePublished: '2025-06-23T09:05:00-05:00', headline: 'H', publisher: 'Lone Star Ledger' });
  });

  it('skips blocks that are not JSON', () => {
    expect(readJsonLd(['{not json', JSON.stringify({ '@type': 'NewsArticle', datePublished: '2024-09-22', publisher: { name: 'Herald' } })])).toMatchObject({
      datePublished: '2024-09-22',
      publisher: 'Herald',
    });
  });
});
