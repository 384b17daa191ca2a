import { describe, expect, it } from 'vitest';
import { partText } from '../../../common/snippet';
import { passageFor, snippetChoices } from '../../../common/snippetChoices';

const DEVELOPMENT = {
  title: 'India reported to require removal of reported deepfakes within two hours',
  publisher: 'The Register',
  publishedDate: '2025-11-03',
  summary: 'India has reportedly told platforms to remove deepfakes fast.',
  keyPoints: [
    { id: 'kp-1', text: 'Platforms must act within two hours.' },
    { id: 'kp-2', text: '' },
    { id: 'kp-3', text: 'Fines follow repeated failures.' },
  ],
  fullText: 'New Delhi acted on Monday.\nThe rule covers deepfakes of public figures! Critics say two hours is too short. Platforms object.',
};

describe('what the [[ menu offers to insert', () => {
  it('offers the summary, each non-empty key point, the best passage and a citation, in that order', () => {
    const choices = snippetChoices(DEVELOPMENT, 'deepf');
    expect(choices.map((choice) => choice.label)).toEqual(['Summary', 'Key point 1', 'Key point 3', 'Passage', 'Citation only']);
    expect(choices[3].text).toBe('The rule covers deepfakes of public figures!');
    expect(choices[4].text).toBe('The Register, 2025');
    // Each choice's text is what a snippet of its origin holds, so freshness checks agree with it.
    for (const choice of choices) expect(partText(DEVELOPMENT, choice.origin)).toBe(choice.text);
  });

  it('finds the sentence holding most query words, the first one when none match', () => {
    const { fullText } = DEVELOPMENT;
    const cut = (range: { start: number; end: number } | null) => range && fullText.slice(range.start, range.end);
    expect(cut(passageFor(fullText, 'two hours critics'))).toBe('Critics say two hours is too short.');
    expect(cut(passageFor(fullText, 'quantum'))).toBe('New Delhi acted on Monday.');
    expect(passageFor('', 'anything')).toBeNull();
  });

  it('cites a development without a publisher by the start of its title', () => {
    expect(snippetChoices({ ...DEVELOPMENT, publisher: '', publishedDate: null, fullText: '' }, '').at(-1)?.text).toBe('India reported to require');
  });
});
