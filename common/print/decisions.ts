import { plainText, type SerializedNode } from '../editorState';
import type { DecisionBlock, Template } from '../template';
import { withoutCredentials } from '../urls';

/** A decision block as the editor writes it into the body. */
export function decisionNode(decision: DecisionBlock): SerializedNode {
  return { type: 'decision-block', version: 1, optionGroups: decision.optionGroups, signatureLines: decision.signatureLines };
}

function hasNode(nodes: readonly SerializedNode[], type: string): boolean {
  return nodes.some((node) => node.type === type || hasNode(node.children ?? [], type));
}

export function headingLevel(node: SerializedNode): number | undefined {
  if (node.type !== 'heading') return undefined;
  const match = typeof node.tag === 'string' ? /^h([1-6])$/.exec(node.tag) : null;
  return match ? Number(match[1]) : 2;
}

/**
 * The root's blocks, with the template's decision blocks added for a body written before the
 * editor inserted them: each at the end of its section (just before the next heading of the
 * same or a higher level, or at the end of the note). A body that has a decision block of its
 * own is printed as it is; a section heading the user deleted takes its block with it.
 */
export function withTemplateDecisions(root: readonly SerializedNode[], template?: Pick<Template, 'sections'>): SerializedNode[] {
  const decisions = (template?.sections ?? []).flatMap((section) =>
    section.decision ? [{ heading: section.heading.trim().toLowerCase(), decision: section.decision }] : [],
  );
  if (decisions.length === 0 || hasNode(root, 'decision-block')) return [...root];
  const out: SerializedNode[] = [];
  let pending: { level: number; decision: DecisionBlock } | undefined;
  for (const node of root) {
    const level = headingLevel(node);
    if (level !== undefined) {
      if (pending && level <= pending.level) {
        out.push(decisionNode(pending.decision));
        pending = undefined;
      }
      const match = decisions.find((candidate) => candidate.heading === plainText(node).trim().toLowerCase());
      if (match && !pending) pending = { level, decision: match.decision };
    }
    out.push(node);
  }
  if (pending) out.push(decisionNode(pending.decision));
  return out;
}

function stringList(value: unknown, max: number): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string').slice(0, max) : [];
}

/** A decision-block node's options and signature lines, with anything malformed dropped. */
export function decisionFromNode(node: SerializedNode): DecisionBlock {
  const groups = Array.isArray(node.optionGroups) ? node.optionGroups.map((group) => stringList(group, 8)) : [];
  return {
    optionGroups: groups.filter((group) => group.length > 0).slice(0, 8),
    signatureLines: stringList(node.signatureLines, 8),
  };
}

/** A link target worth keeping as a live link: http, https or mailto only. */
export function safeLinkUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  return /^(https?:\/\/|mailto:)[^\s]+$/i.test(trimmed) ? withoutCredentials(trimmed) : undefined;
}
