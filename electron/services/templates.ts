import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { templateSchema, type Template, type TemplateSummary } from '../../common/template';
import { AppError } from '../../common/result';

export interface TemplateProblem {
  file: string;
  message: string;
}

export interface TemplateService {
  list(): TemplateSummary[];
  get(id: string): Template;
  /** Template files that were skipped, with the field-level reason; shown to the user. */
  problems(): TemplateProblem[];
}

/** Reads and validates one template file; the error names the field and the problem. */
export function parseTemplateFile(file: string): Template {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppError('TEMPLATE_INVALID', `${path.basename(file)} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = templateSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError('TEMPLATE_INVALID', `${path.basename(file)} is not a valid template:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

function jsonFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(dir, name));
}

/**
 * Built-in templates first, then the user's; a user template may not replace a built-in
 * id. Templates are read once at start-up: they are small and rarely change.
 */
export function createTemplateService(builtInDir: string, userDir: string): TemplateService {
  const byId = new Map<string, Template>();
  const problems: TemplateProblem[] = [];
  for (const file of [...jsonFiles(builtInDir), ...jsonFiles(userDir)]) {
    try {
      const template = parseTemplateFile(file);
      if (byId.has(template.id)) {
        problems.push({ file: path.basename(file), message: `another template already uses the id "${template.id}"` });
        continue;
      }
      byId.set(template.id, template);
    } catch (error) {
      problems.push({ file: path.basename(file), message: (error as Error).message });
    }
  }
  if (byId.size === 0) throw new Error(`No valid templates found in ${builtInDir}`);

  return {
    list: () =>
      [...byId.values()].map(({ id, name, description, noteType }) => ({ id, name, description, noteType })),
    get(id) {
      const template = byId.get(id);
      if (!template) throw new AppError('NOT_FOUND', `There is no template called "${id}".`);
      return template;
    },
    problems: () => problems,
  };
}
