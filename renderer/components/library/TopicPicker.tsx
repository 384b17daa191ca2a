import { useEffect, useId, useState } from 'react';
import { useClient } from '../../client/ClientContext';
import { messageOf } from '../../../common/messageOf';

interface TopicPickerProps {
  selected: readonly string[];
  onChange(topics: string[]): void;
}

/** Topics from the user's taxonomy as checkboxes, with a way to add a new topic to it. */
export function TopicPicker({ selected, onChange }: TopicPickerProps) {
  const client = useClient();
  const prefix = useId();
  const [taxonomy, setTaxonomy] = useState<string[]>([]);
  const [newTopic, setNewTopic] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    client.call('library.topics', {}).then(setTaxonomy).catch((error) => setProblem(messageOf(error)));
  }, [client]);

  const choices = [...taxonomy, ...selected.filter((topic) => !taxonomy.some((t) => t.toLowerCase() === topic.toLowerCase()))];
  const isOn = (topic: string) => selected.some((t) => t.toLowerCase() === topic.toLowerCase());
  const toggle = (topic: string, on: boolean) =>
    onChange(on ? [...selected, topic] : selected.filter((t) => t.toLowerCase() !== topic.toLowerCase()));

  async function add() {
    const name = newTopic.trim();
    if (!name) return;
    try {
      setTaxonomy(await client.call('library.addTopic', { name }));
      if (!isOn(name)) onChange([...selected, name]);
      setNewTopic('');
      setProblem(null);
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  return (
    <fieldset className="topic-picker">
      <legend>Topics</legend>
      <ul>
        {choices.map((topic, index) => (
          <li key={topic}>
            <input id={`${prefix}-t${index}`} type="checkbox" checked={isOn(topic)} onChange={(e) => toggle(topic, e.target.checked)} />
            <label htmlFor={`${prefix}-t${index}`}>{topic}</label>
          </li>
        ))}
      </ul>
      <label htmlFor={`${prefix}-new`}>New topic</label>
      <input
        id={`${prefix}-new`}
        value={newTopic}
        onChange={(e) => setNewTopic(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void add();
          }
        }}
      />
      <button type="button" onClick={add}>
        Add topic
      </button>
      {problem && <p role="alert">{problem}</p>}
    </fieldset>
  );
}
