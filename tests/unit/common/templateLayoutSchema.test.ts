import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateTemplate } from '../../../common/userTemplates';
import { BUILT_IN_TEMPLATES_DIR } from '../../support/backendFixture';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const builtIn = (name: string): Json => JSON.parse(fs.readFileSync(path.join(BUILT_IN_TEMPLATES_DIR, name), 'utf8'));

/** The validator's messages for a template, or [] when it is valid. */
function problems(template: Json): string[] {
  const checked = validateTemplate(template);
  return checked.ok ? [] : checked.errors;
}

describe('template layout parts: decision blocks, print settings, page limit, first-page sections', () => {
  it('accepts every built-in template, and the Australian brief keeps its key points on page 1', () => {
    for (const name of fs.readdirSync(BUILT_IN_TEMPLATES_DIR).filter((file) => file.endsWith('.json'))) {
      expect(problems(builtIn(name)), name).toEqual([]);
    }
    const au = validateTemplate(builtIn('08-au-ministerial-brief.json'));
    expect(au.ok && au.template.sections.filter((section) => section.keepOnFirstPage).map((section) => section.id)).toEqual(['key-points']);
  });

  it('names the decision option, line and signature line that is wrong', () => {
    const au = builtIn('08-au-ministerial-brief.json');
    au.sections[0].decision.optionGroups[1][0] = '  ';
    au.sections[0].decision.optionGroups.push([]);
    au.sections[0].decision.signatureLines[1] = '';
    expect(problems(au)).toEqual([
      'sections.0.decision.optionGroups.1.0: an option needs a name',
      'sections.0.decision.optionGroups.2: a line needs at least one option',
      'sections.0.decision.signatureLines.1: a signature line needs a label',
    ]);
    au.sections[0].decision.optionGroups = [];
    au.sections[0].decision.signatureLines = ['a', 'b', 'c', 'd', 'e'];
    expect(problems(au)).toEqual([
      'sections.0.decision.optionGroups: a decision block needs at least one line of options',
      'sections.0.decision.signatureLines: at most 4 signature lines',
    ]);
  });

  it('names the print setting that is out of range or empty', () => {
    const memo = builtIn('07-us-action-memo.json');
    memo.print.marginMm = 2;
    memo.print.fontSizePt = Number.NaN;
    memo.print.fontFamily = ' ';
    memo.pageLimit = 0;
    expect(problems(memo)).toEqual([
      'pageLimit: a page limit must be 1 or more',
      'print.marginMm: margins must be at least 5 mm',
      'print.fontFamily: name a font',
      'print.fontSizePt: enter the font size in points',
    ]);
  });

  it('refuses a running-header field the template does not ask for, or one listed twice', () => {
    const au = builtIn('08-au-ministerial-brief.json');
    au.print.headerFields = ['reference', 'approved-by', 'reference'];
    expect(problems(au)).toEqual([
      `print.headerFields.1: "approved-by" is not one of this template's fields`,
      'print.headerFields.2: "reference" is in the running header twice',
    ]);
  });

  it('refuses an unknown paper size, marking placement, section layout and a non-boolean first-page flag', () => {
    const au = builtIn('08-au-ministerial-brief.json');
    au.print.paper = 'A3';
    au.print.markingPlacement = 'sideways';
    au.sections[1].layout = 'bullets';
    au.sections[1].keepOnFirstPage = 'yes';
    const found = problems(au);
    expect(found).toHaveLength(4);
    expect(found[0]).toMatch(/^sections\.1\.layout: /);
    expect(found[1]).toMatch(/^sections\.1\.keepOnFirstPage: /);
    expect(found.slice(2).map((line) => line.split(':')[0])).toEqual(['print.paper', 'print.markingPlacement']);
  });

  it('fills the defaults of a template written without layout parts', () => {
    const info = builtIn('02-information-note.json');
    delete info.print.headerFields;
    for (const section of info.sections) {
      delete section.layout;
      delete section.keepOnFirstPage;
    }
    const checked = validateTemplate(info);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.template.print.headerFields).toEqual([]);
    expect(checked.template.sections.every((section) => section.layout === 'paragraphs' && !section.keepOnFirstPage)).toBe(true);
  });
});
