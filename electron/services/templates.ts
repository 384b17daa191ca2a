import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { templateSchema, type Template, type TemplateSummary } from '../../common/template';
import { AppError } from '../../common/result';
import type { TemplateCatalogEntry } from '../../common/userTemplates';
import { messageOf } from '../../common/messageOf';

export interface TemplateProblem {
  file: string;
  message: string;
}

export interface TemplateService {
  list(): TemplateSummary[];
  get(id: string): Template;
  /** Template files that were skipped, with the field-level reason; shown to the user. */
  problems(): TemplateProblem[];
  /** Every template with whether it is built in, for the template manager. */
  catalog(): TemplateCatalogEntry[];
  /** A template with where it came from; NOT_FOUND when there is none. */
  locate(id: string): LoadedTemplate;
}

/** Reads and validates one template file; the error names the field and the problem. */
export function parseTemplateFile(file: string): Template {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppError('TEMPLATE_INVALID', `${path.basename(file)} is not valid JSON: ${messageOf(error)}`);
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

export interface LoadedTemplate {
  template: Template;
  builtIn: boolean;
  /** The file it was read from; user templates are changed through it. */
  file: string;
}

function loadDir(dir: string, builtIn: boolean, into: Map<string, LoadedTemplate>, problems: TemplateProblem[]): void {
  for (const file of jsonFiles(dir)) {
    try {
      const template = parseTemplateFile(file);
      if (into.has(template.id)) {
        problems.push({ file: path.basename(file), message: `another template already uses the id "${template.id}"` });
        continue;
      }
      into.set(template.id, { template, builtIn, file });
    } catch (error) {
      problems.push({ file: path.basename(file), message: messageOf(error) });
    }
  }
}

/**
 * Built-in templates first, then the user's; a user template may not replace a built-in
 * id. Built-ins are read once at start-up; the user's folder is read again when it
 * changes (its modification time), so a saved, imported or deleted template counts at once.
 */
export function createTemplateService(builtInDir: string, userDir: string): TemplateService {
  const builtIns = new Map<string, LoadedTemplate>();
  const builtInProblems: TemplateProblem[] = [];
  loadDir(builtInDir, true, builtIns, builtInProblems);
  if (builtIns.size === 0) throw new Error(`No valid templates found in ${builtInDir}`);

  let cache: { stamp: string; byId: Map<string, LoadedTemplate>; problems: TemplateProblem[] } | null = null;
  function current() {
    // The folder's own mtime changes on every add, rename or delete; the files' on every rewrite.
    const stamp = fs.existsSync(userDir)
      ? [userDir, ...jsonFiles(userDir)].map((file) => {
        const stat = fs.statSync(file);
        return `${file}:${stat.mtimeMs}:${stat.size}`;
      }).join('|')
      : '';
    if (cache?.stamp !== stamp) {
      const byId = new Map(builtIns);
      const problems = [...builtInProblems];
      loadDir(userDir, false, byId, problems);
      cache = { stamp, byId, problems };
    }
    return cache;
  }

  function locate(id: string): LoadedTemplate {
    const found = current().byId.get(id);
    if (!found) throw new AppError('NOT_FOUND', `There is no template called "${id}".`);
    return found;
  }

  return {
    list: () =>
      [...current().byId.values()].map(({ template: { id, name, description, noteType } }) => ({ id, name, description, noteType })),
    catalog: () =>
      [...current().byId.values()].map(({ template: { id, name, description, noteType }, builtIn }) => ({
        id,
        name,
        description,
        noteType,
        builtIn,
      })),
    get: (id) => locate(id).template,
    locate,
    problems: () => current().problems,
  };
}
