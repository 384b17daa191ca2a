import { describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS, TOPIC_CUES, extractTopics } from '../../../../common/extract/topics';

describe('extractTopics', () => {
  it('offers the default taxonomy, each topic with cues', () => {
    for (const topic of [
      'export controls', 'AI governance', 'content moderation', 'semiconductors', 'robotics', 'trade',
      'data protection', 'online safety', 'digital sovereignty', 'cybersecurity', 'competition', 'telecommunications',
    ]) {
      expect(DEFAULT_TOPICS).toContain(topic);
      expect(TOPIC_CUES[topic]?.length, topic).toBeGreaterThan(2);
    }
  });

  it('proposes a topic from its cues, strongest first', () => {
    const text = 'New export controls on chips. The entity list grows and export licences are needed. Semiconductor makers object.';
    expect(extractTopics('', text, DEFAULT_TOPICS)).toEqual(['export controls', 'semiconductors']);
  });

  it('needs more than a passing word', () => {
    expect(extractTopics('', 'The minister also mentioned privacy once.', DEFAULT_TOPICS)).toEqual([]);
  });

  it('counts the title three times', () => {
    expect(extractTopics('Ransomware hits hospitals', 'Officials responded.', DEFAULT_TOPICS)).toEqual(['cybersecurity']);
  });

  it('proposes only topics the user’s taxonomy holds', () => {
    const text = 'Tariffs rose. A new trade deal with tariffs on imports was signed. Export controls and the entity list too.';
    expect(extractTopics('', text, ['trade'])).toEqual(['trade']);
  });

  it('matches a user-added topic by its name and word stems', () => {
    const taxonomy = [...DEFAULT_TOPICS, 'quantum computing', 'space'];
    const text = 'Quantum computers are advancing. The plan funds quantum computing research and computation centres for quantum work.';
    expect(extractTopics('', text, taxonomy)).toContain('quantum computing');
    expect(extractTopics('', 'Satellites in space. The space agency and the space programme grow.', taxonomy)).toContain('space');
    expect(extractTopics('', 'Computers are everywhere.', taxonomy)).not.toContain('quantum computing');
  });

  it('matches default topics whatever their case in the taxonomy', () => {
    expect(extractTopics('', 'Ransomware and a cyberattack on the grid.', ['Cybersecurity'])).toEqual(['Cybersecurity']);
  });
});
